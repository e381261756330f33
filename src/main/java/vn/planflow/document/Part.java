package vn.planflow.document;

import java.util.List;

/** A top-level part; the renderer prefixes the heading with a Roman numeral. */
public record Part(String heading, List<Section> sections) {

    public Part {
        sections = ViewLists.copy(sections);
    }
}
