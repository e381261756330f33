package vn.planflow.unit;

/** Administrative level; a label only, the depth of the tree is not limited by it. */
public enum UnitLevel {
    CENTRAL, PROVINCE, DISTRICT, COMMUNE
}
