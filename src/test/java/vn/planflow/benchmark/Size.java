package vn.planflow.benchmark;

/** How big the simulated country is; the defaults are the real one (34 provinces, 3,321 communes). */
record Size(int provinces, int communesPerProvince, int openTasks, boolean postgres, boolean jobExecutor, int clerks) {

    /** One clerk at a time, as the benchmark has always driven the plans. */
    Size(int provinces, int communesPerProvince, int openTasks, boolean postgres, boolean jobExecutor) {
        this(provinces, communesPerProvince, openTasks, postgres, jobExecutor, 1);
    }

    static Size parse(String[] args) {
        int provinces = 34;
        int communes = 98;
        int open = 100_000;
        boolean postgres = false;
        boolean jobExecutor = false;
        int clerks = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--provinces" -> provinces = Integer.parseInt(args[++i]);
                case "--communes" -> communes = Integer.parseInt(args[++i]);
                case "--open-tasks" -> open = Integer.parseInt(args[++i]);
                case "--postgres" -> postgres = true;
                case "--job-executor" -> jobExecutor = true;
                case "--clerks" -> clerks = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --provinces N --communes N --open-tasks N --postgres --job-executor --clerks N)");
            }
        }
        // clerks at work at the same time cannot share one driver's job running: the engine runs the jobs
        return new Size(provinces, communes, open, postgres, jobExecutor || clerks > 1, Math.max(1, clerks));
    }

    int plans() {
        return 1 + provinces + provinces * communesPerProvince;
    }

    String label() {
        return provinces + " provinces × " + communesPerProvince + " communes (" + plans() + " plans), "
                + openTasks + " extra open tasks, " + (postgres ? "PostgreSQL" : "H2")
                + (jobExecutor ? ", jobs run by the job executor" : "")
                + (clerks > 1 ? ", " + clerks + " clerks at work at the same time" : "");
    }
}
