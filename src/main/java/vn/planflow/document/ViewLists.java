package vn.planflow.document;

import java.util.ArrayList;
import java.util.List;

/** Defensive copies for the view-model records: null lists become empty, null elements are dropped. */
final class ViewLists {

    private ViewLists() {
    }

    static <T> List<T> copy(List<T> source) {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        List<T> kept = new ArrayList<>(source.size());
        for (T item : source) {
            if (item != null) {
                kept.add(item);
            }
        }
        return List.copyOf(kept);
    }
}
