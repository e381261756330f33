package vn.planflow.document;

import java.util.List;

/**
 * A numbered section inside a part. A null heading puts the paragraphs straight under the part.
 * Paragraphs starting with "- " are bullets, "+ " sub-bullets; "a)" or "a." lines are items.
 */
public record Section(String heading, List<String> paragraphs) {

    public Section {
        paragraphs = ViewLists.copy(paragraphs);
    }
}
