package vn.planflow.document;

/**
 * Manual timing of warm renders of a ~10-page plan; run its main method by hand.
 * Not a test: surefire only picks up classes ending in "Test".
 */
public final class DocumentRenderBenchmark {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 200;

    private DocumentRenderBenchmark() {
    }

    public static void main(String[] args) {
        DocumentRenderer renderer = new DocumentRenderer();
        OfficialDocument plan = SamplePlans.longPlan();
        long bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            bytes += renderer.render(plan).length;
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            bytes += renderer.render(plan).length;
        }
        double perDocument = (System.nanoTime() - start) / 1_000_000.0 / MEASURED;
        int size = renderer.render(plan).length;
        System.out.printf("Rendered %d documents of %d bytes: %.2f ms per document (checksum %d)%n",
            MEASURED, size, perDocument, bytes);
    }
}
