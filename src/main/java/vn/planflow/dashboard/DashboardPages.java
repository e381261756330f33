package vn.planflow.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page at {@code /dashboard/}: static resources have no directory index of their own. */
@Controller
public class DashboardPages {

    @GetMapping("/dashboard/")
    public String startPage() {
        return "forward:/dashboard/index.html";
    }
}
