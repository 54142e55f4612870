package vn.planflow.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a plan table, under the headers the seeds print and their close variants,
 * matched case- and diacritics-insensitively ({@link PlanText#key}); a note in parentheses after a
 * header ("Thời gian hoàn thành (dự kiến)") does not matter.
 */
enum PlanColumn {
  NUMBER(true, "TT", "STT", "Số TT", "Số thứ tự", "Thứ tự"),
  NAME(true, "Tên nhiệm vụ, dự án", "Tên nhiệm vụ", "Nội dung", "Nhiệm vụ", "Nội dung nhiệm vụ",
      "Nhiệm vụ, dự án", "Tên dự án, nhiệm vụ", "Tên nhiệm vụ, đề án, dự án", "Nội dung công việc"),
  LEAD(true, "Đơn vị chủ trì", "Đơn vị chủ trì triển khai", "Đơn vị chủ trì thực hiện", "Cơ quan chủ trì",
      "Cơ quan chủ trì thực hiện", "Chủ trì thực hiện", "Chủ trì tham mưu thực hiện", "Chủ trì"),
  COORDINATING(false, "Phối hợp thực hiện", "Đơn vị phối hợp", "Đơn vị phối hợp thực hiện", "Cơ quan phối hợp",
      "Cơ quan phối hợp thực hiện", "Phối hợp"),
  EXPECTED_RESULT(false, "Mục tiêu triển khai", "Kết quả thực hiện", "Sản phẩm", "Kết quả", "Mục tiêu",
      "Kết quả dự kiến", "Sản phẩm dự kiến", "Sản phẩm đầu ra", "Kết quả, sản phẩm"),
  DEADLINE(false, "Thời gian hoàn thành", "Thời gian thực hiện", "Thời gian hoàn thành / thực hiện", "Thời hạn",
      "Thời hạn hoàn thành", "Tiến độ", "Tiến độ thực hiện", "Tiến độ hoàn thành", "Thời gian");

  private final boolean required;
  private final List<String> headers;
  private final List<String> keys;

  PlanColumn(boolean required, String... headers) {
    this.required = required;
    this.headers = List.of(headers);
    this.keys = Arrays.stream(headers).map(PlanText::key).toList();
  }

  boolean required() {
    return required;
  }

  /** The header to name when the column is missing. */
  String expectedHeader() {
    return headers.get(0);
  }

  /** A few accepted headers, quoted, for a message. */
  String acceptedHeaders() {
    return String.join(", ", headers.stream().limit(4).map(header -> "\"" + header + "\"").toList());
  }

  static Optional<PlanColumn> of(String header) {
    String key = PlanText.key(header);
    String withoutNote = PlanText.key(header.replaceAll("\\([^()]*\\)", " "));
    return Arrays.stream(values())
        .filter(column -> column.keys.contains(key) || column.keys.contains(withoutNote))
        .findFirst();
  }
}
