package vn.planflow.trail;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event the trail lists, as its filter names them ({@code loai=…}) and in Vietnamese. */
enum EventKind {
  TASK_CREATED("tao-viec", "Tạo công việc"),
  ASSIGNMENT("nhan-viec", "Nhận, giao, trả lại việc"),
  TASK_COMPLETED("hoan-thanh", "Hoàn thành, đóng công việc"),
  DOCUMENT("tai-lieu", "Tài liệu"),
  DEADLINE("han", "Gia hạn, đổi hạn"),
  PLAN_CHANGE("dieu-chinh", "Điều chỉnh kế hoạch"),
  AGENCY_CHANGE("don-vi", "Thay đổi đơn vị"),
  MAIL("thu", "Thư đã gửi"),
  TASK_MOVE("chuyen-viec", "Chuyển công việc"),
  ABSENCE("vang-mat", "Vắng mặt, ủy quyền");

  private final String id;
  private final String label;

  EventKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  static Optional<EventKind> fromId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
  }
}
