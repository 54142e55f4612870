package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Plan.CONSOLIDATE_PROGRESS;
import static vn.planflow.plan.PlanProcesses.PlanTask.CONTRIBUTE_TO_REPORT;
import static vn.planflow.plan.PlanProcesses.PlanTask.REPORT_PROGRESS;
import static vn.planflow.plan.PlanProcesses.PlanTask.VERIFY_COMPLETION;
import static vn.planflow.plan.PlanProcesses.Vars.CONSOLIDATED_REPORT;
import static vn.planflow.plan.PlanProcesses.Vars.CONTRIBUTION;
import static vn.planflow.plan.PlanProcesses.Vars.PROGRESS_NOTE;
import static vn.planflow.plan.PlanProcesses.Vars.PROGRESS_STATUS;
import static vn.planflow.plan.PlanProcesses.Vars.VERIFICATION_NOTE;
import static vn.planflow.plan.PlanProcesses.Vars.VERIFICATION_RESULT;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.planflow.plan.PlanProcesses.ProgressStatus;
import vn.planflow.plan.PlanProcesses.Verification;

/** What a completion of each plan task must carry, with the Vietnamese message refusing one that does not. */
final class PlanTaskRules {

  private PlanTaskRules() {
  }

  static List<String> problems(String taskKey, Function<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    switch (taskKey) {
      case CONTRIBUTE_TO_REPORT -> required(variables, CONTRIBUTION, "nội dung đóng góp", problems);
      case REPORT_PROGRESS -> {
        if (ProgressStatus.fromId(variables.apply(PROGRESS_STATUS)) == null) {
          problems.add("Vui lòng chọn tình trạng thực hiện (" + PROGRESS_STATUS
              + "): on-track, at-risk, late hoặc done" + given(variables.apply(PROGRESS_STATUS)));
        }
        required(variables, PROGRESS_NOTE, "nội dung báo cáo tiến độ", problems);
      }
      case VERIFY_COMPLETION -> {
        Object result = variables.apply(VERIFICATION_RESULT);
        if (!Verification.ACCEPTED.equals(result) && !Verification.REJECTED.equals(result)) {
          problems.add("Vui lòng chọn kết quả kiểm tra (" + VERIFICATION_RESULT + "): accepted (xác nhận hoàn thành) "
              + "hoặc rejected (trả lại)" + given(result));
        } else if (Verification.REJECTED.equals(result)) {
          required(variables, VERIFICATION_NOTE, "lý do trả lại", problems);
        }
      }
      case CONSOLIDATE_PROGRESS -> required(variables, CONSOLIDATED_REPORT, "báo cáo tổng hợp gửi UBND tỉnh", problems);
      default -> { }
    }
    return problems;
  }

  private static void required(Function<String, Object> variables, String name, String what, List<String> problems) {
    Object value = variables.apply(name);
    if (value == null || value.toString().isBlank()) {
      problems.add("Vui lòng nhập " + what + " (" + name + ") trước khi hoàn thành.");
    }
  }

  private static String given(Object value) {
    return value == null || value.toString().isBlank() ? "." : "; giá trị \"" + value + "\" không hợp lệ.";
  }
}
