package vn.planflow.obligation;

/** Where in the plan an obligation was read: a row of the appendix, or a unit's section of part IV. */
public enum ObligationSource {
    APPENDIX,
    IMPLEMENTATION
}
