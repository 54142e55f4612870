package vn.planflow.plan;

import java.util.List;

/**
 * The same table (byte for byte) is already running as a plan: importing it again would give every
 * agency its tasks twice. Refused unless the administrator confirms.
 */
public class DuplicatePlanException extends PlanImportException {

  private final String existingPlanId;

  DuplicatePlanException(String existingPlanId, String existingTitle) {
    super(List.of(new ImportError(0, FILE, "Bảng này đã được nhập thành kế hoạch \"" + existingTitle
        + "\" đang thực hiện; nhập lại sẽ giao mỗi nhiệm vụ hai lần. Nếu vẫn muốn tạo kế hoạch mới từ bảng này, "
        + "hãy chọn \"Vẫn nhập\" (API: confirm=true).")));
    this.existingPlanId = existingPlanId;
  }

  public String existingPlanId() {
    return existingPlanId;
  }
}
