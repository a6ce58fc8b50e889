-- Test data: rows as the version before numbered migrations wrote them (SQLite: times as ISO 8601 text, booleans as 0/1; blobs are files). Blob contents (UTF-8), by the name the rows use:
-- blob sub1 báo cáo kiểm điểm của Chi bộ thôn 1, lần 1
-- blob sub2 báo cáo kiểm điểm của Chi bộ thôn 1, lần 2 (sửa số đảng viên)
-- blob sub3 tệp hỏng của Chi bộ thôn 2
-- blob parsed {"report":{"unit":"CB01"},"findings":[]}
-- blob rjson {"report":{"unit":"H"}}
-- blob rwb PK tổng hợp đảng bộ huyện
-- blob draft PK dự thảo kế hoạch
-- blob final PK kế hoạch đã duyệt số 01
INSERT INTO campaigns(id, name, year, ruleset, settings, deadlines, created_at, closed_at, issuer) VALUES('c2025', 'Kiểm điểm năm 2025 — Đảng bộ huyện Thử', 2025, '366', '{"quotaDenominator":"goodAndExcellent","percentPrecision":1}', '[{"unitKind":"chi-bo-truc-thuoc","due":"2025-12-10T23:59:59+07:00","label":"Chi bộ nộp đảng ủy","reviewBy":"2025-12-05T17:00:00+07:00"}]', '2025-11-20T08:00:00.0000000+07:00', NULL, '{"superior":"TỈNH ỦY THỬ","issuer":"BAN TỔ CHỨC","issuerCode":"BTCTU","place":"Thành phố Thử","signer":{"authority":"K/T","title":"PHÓ TRƯỞNG BAN","name":"Trần Văn Ký"},"recipients":["Các chi bộ trực thuộc"]}');
INSERT INTO campaigns(id, name, year, ruleset, settings, deadlines, created_at, closed_at, issuer) VALUES('c2024', 'Kiểm điểm năm 2024', 2024, '366', '{}', '[]', '2024-11-18T08:00:00.0000000+07:00', '2025-01-15T16:30:00.0000000+07:00', NULL);
INSERT INTO units(campaign_id, ord, code, name, kind, category, parent) VALUES('c2025', 0, 'H', 'Đảng bộ huyện Thử', 'dang-bo-cap-tren-co-so', NULL, NULL), ('c2025', 1, 'CB01', 'Chi bộ thôn 1', 'chi-bo-truc-thuoc', NULL, 'H'), ('c2025', 2, 'CB02', 'Chi bộ thôn 2', 'chi-bo-truc-thuoc', 'xa', 'H');
INSERT INTO submissions(id, campaign_id, unit_code, version, sha256, file_name, size, received_at, readable, errors, warnings, ruleset, claimed_unit, claimed_year, validation, late, parsed_sha256) VALUES
  (1, 'c2025', 'CB01', 1, '8119802521b637542faa8886d3309c34b3ee3dbd0d141f573ffc292ca5286912', 'bao-cao-cb01.xlsx', 56, '2025-12-01T09:15:00.0000000+07:00', 1, 0, 1, '366', 'CB01', 2025, '{"findings":[{"code":"W1"}]}', 0, '13eecb119ebb5aa013e0ceeb44911350157183a89dd7f34ce5412df3e1d5c769'),
  (2, 'c2025', 'CB01', 2, '3ed52c0a947f7f8bfed871a9dae5cd61a1b4d6901ad1b35fc75db0e3add01c21', 'bao-cao-cb01 (2).xlsx', 83, '2025-12-11T07:00:00.0000000+07:00', 1, 0, 0, '366', 'CB01', 2025, '{"findings":[]}', 1, NULL),
  (3, 'c2025', 'CB02', 1, '77de6cbfe89a7619bae238fb8d3230a125f80662fc8d43c970fc2bcc330ddeb1', 'cb02.xlsx', 35, '2025-12-02T10:00:00.0000000+07:00', 0, 2, 0, NULL, NULL, NULL, '{"findings":[{"code":"E1"},{"code":"E2"}]}', NULL, NULL);
INSERT INTO results(id, campaign_id, unit_code, created_at, json_sha256, workbook_sha256, summary) VALUES(1, 'c2025', 'H', '2025-12-12T08:00:00.0000000+07:00', '663a61ba1943075e4fa8a5b9bdea2674bb55ace8e6f9fa322169029247e8b4cd', '7bea9359789ae65e361accad3393720229745de28e6bf1f133d0d6820664eebf', '{"units":2}');
INSERT INTO decisions(campaign_id, unit_code, level, reason, decided_by, decided_at) VALUES('c2025', 'CB01', 'good', 'Giữ tỷ lệ hoàn thành xuất sắc trong giới hạn', 'lan', '2025-12-13T09:00:00.0000000+07:00'), ('c2025', 'CB02', 'complete', NULL, 'lan', '2025-12-13T09:05:00.0000000+07:00');
INSERT INTO documents(id, campaign_id, kind, unit_code, state, sha256, file_name, size, created_at, created_by, source, number, document_number, approved_by, approved_at, approved_sha256, approval) VALUES
  (1, 'c2025', 'ke-hoach', 'H', 'approved', 'd2260ba389a5085fb9f76391f5e338249b573c679a3e2ee13a295bdd3a75d4eb', 'ke-hoach.docx', 27, '2025-11-21T08:00:00.0000000+07:00', 'lan', '{"kind":"ke-hoach"}', 1, '01-KH/BTCTU', 'lan', '2025-11-21T10:00:00.0000000+07:00', '20c7fd945fdb4a8f79165dfbddaedb75eb78615642c549fb4f1c3ff261fc57eb', '{"number":1}'),
  (2, 'c2025', 'cong-van', 'H', 'draft', 'd2260ba389a5085fb9f76391f5e338249b573c679a3e2ee13a295bdd3a75d4eb', 'cong-van.docx', 27, '2025-11-22T08:00:00.0000000+07:00', 'an', '{"kind":"cong-van"}', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO registers(register_key, last_number) VALUES('BTCTU|ke-hoach|2025-2030', 1);
