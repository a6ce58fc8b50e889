// Generated from docs/openapi.json by openapi-typescript (addin/scripts/api-types.mjs). Do not edit:
// change the service's routes, run `dotnet run --project functions/OfficeReview.Service -- openapi docs/openapi.json`,
// then `npm run generate:api` in addin/.

export interface paths {
  "/api/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký kiểm toán (của một đợt hoặc tất cả), theo trang */
    get: operations["ListAudit"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/audit/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất nhật ký kiểm toán ra bảng tính */
    get: operations["ExportAudit"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/audit/verify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kiểm tra chuỗi băm của nhật ký kiểm toán */
    get: operations["VerifyAudit"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cách đăng nhập của dịch vụ: tài khoản cục bộ, Microsoft Entra ID (không cần đăng nhập) */
    get: operations["GetAuthConfig"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng nhập bằng tài khoản cục bộ (cookie phiên + mã chống giả mạo) */
    post: operations["Login"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng xuất (xóa cookie phiên) */
    post: operations["Logout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người đang đăng nhập, vai trò và mã chống giả mạo */
    get: operations["GetMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đổi mật khẩu tài khoản cục bộ (các phiên khác kết thúc) */
    post: operations["ChangePassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/signin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đăng nhập bằng liên kết một lần (đường dẫn dưới /api) */
    get: operations["SignInWithLinkApi"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các đợt kiểm điểm người gọi được xem */
    get: operations["ListCampaigns"];
    put?: never;
    /** Tạo đợt kiểm điểm (kèm cây đơn vị nếu gửi) */
    post: operations["CreateCampaign"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một đợt kiểm điểm */
    get: operations["GetCampaign"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa đợt kiểm điểm (tên, hạn nộp, tham số của tỉnh) */
    patch: operations["UpdateCampaign"];
    trace?: never;
  };
  "/api/campaigns/{id}/archive": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hồ sơ lưu trữ của đợt (.zip: bản nộp, kết quả, văn bản đã duyệt, nhật ký) */
    get: operations["GetCampaignArchive"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Khóa đợt: không nhận thêm bản nộp, không đổi đơn vị hay hạn nộp */
    post: operations["CloseCampaign"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/decisions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Quyết định mức xếp loại của nhiều đơn vị một lần */
    put: operations["DecideUnits"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/documents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các văn bản của đợt */
    get: operations["ListCampaignDocuments"];
    put?: never;
    /** Lập dự thảo văn bản của đợt từ số liệu đã tổng hợp và quyết định */
    post: operations["DraftCampaignDocument"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/documents/{docId}/approve": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Duyệt văn bản: cấp số, khóa nội dung, ghi bản duyệt */
    post: operations["ApproveCampaignDocument"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/documents/{docId}/content": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải dự thảo văn bản (.docx) */
    get: operations["GetCampaignDocumentContent"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/documents/{docId}/final": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải văn bản đã duyệt (.docx) */
    get: operations["GetApprovedDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/form": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải biểu mẫu riêng của đợt */
    get: operations["GetCampaignForm"];
    /** Đặt biểu mẫu riêng của đợt (bảng tính đã gắn tên vùng, hoặc kèm mapping.json) */
    put: operations["SetCampaignForm"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/form/check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kết quả kiểm tra biểu mẫu riêng của đợt */
    get: operations["GetCampaignFormCheck"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/graph-folders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các thư mục SharePoint/OneDrive của đợt */
    get: operations["GetGraphFolders"];
    /** Đặt các thư mục SharePoint/OneDrive của đợt */
    put: operations["SetGraphFolders"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/graph-publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lưu kết quả tổng hợp và văn bản đã duyệt vào thư mục Microsoft 365 */
    post: operations["PublishToGraph"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/graph-pull": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lấy các tệp báo cáo mới từ thư mục Microsoft 365 và nộp thay đơn vị */
    post: operations["PullFromGraph"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/issuer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thông tin cơ quan ban hành của đợt */
    get: operations["GetCampaignIssuer"];
    /** Đặt thông tin cơ quan ban hành (một lần cho mọi văn bản của đợt) */
    put: operations["SetCampaignIssuer"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/profile-import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhập các bảng tính chưa gắn tên của đơn vị vào đợt qua một hồ sơ ánh xạ */
    post: operations["ImportThroughProfile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/results": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các kết quả tổng hợp đã lưu của đợt */
    get: operations["ListResults"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/results/{result}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một kết quả tổng hợp (JSON như khi tổng hợp) */
    get: operations["GetResult"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/results/{result}/workbook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bảng tính tổng hợp của một kết quả */
    get: operations["GetResultWorkbook"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tình hình nộp của một đơn vị và cấp dưới: đã nộp, thiếu, muộn, có lỗi */
    get: operations["GetCampaignStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/submissions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các bản nộp của đợt (hoặc của một đơn vị: ?unit=) */
    get: operations["ListSubmissions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/submissions/{submission}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một bản nộp và các lỗi của nó */
    get: operations["GetSubmission"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/submissions/{submission}/content": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tệp đơn vị đã nộp */
    get: operations["GetSubmissionContent"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/units": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cây đơn vị của đợt (phần người gọi được xem) */
    get: operations["ListCampaignUnits"];
    /** Thay cây đơn vị từ danh sách (.xlsx, .csv, .json) hoặc từ các báo cáo của đơn vị; ?dryRun=true chỉ kiểm tra */
    put: operations["ImportCampaignUnits"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/units/{unit}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Quyết định mức xếp loại của một đơn vị (cấp trên thẩm định) */
    put: operations["DecideUnit"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/units/{unit}/decisions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các quyết định xếp loại dưới một đơn vị */
    get: operations["ListDecisions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/units/{unit}/merge": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tổng hợp tại một đơn vị từ các bản nộp hiện hành của cấp dưới (lưu kết quả) */
    post: operations["MergeAtUnit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{id}/units/{unit}/submissions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các phiên bản đã nộp của một đơn vị */
    get: operations["ListUnitSubmissions"];
    put?: never;
    /** Nộp báo cáo của đơn vị (tệp không đọc được thì không lưu: 422 kèm findings) */
    post: operations["Submit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/check-report": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đối chiếu số liệu trong văn bản báo cáo (.docx hoặc văn bản) với quy định */
    post: operations["CheckReport"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/documents/{kind}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lập văn bản (ke-hoach, cong-van, bao-cao) từ số liệu và thông tin văn bản; có thể duyệt ngay */
    post: operations["GenerateDocument"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/findings-catalogue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh mục mã phát hiện: mức độ, tiêu đề, căn cứ và ví dụ */
    get: operations["GetFindingsCatalogue"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/form-contract": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh mục chỉ tiêu của biểu mẫu (tên vùng), theo nhóm */
    get: operations["GetFormContract"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/form-suggestions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gợi ý ô cho các chỉ tiêu trong một bảng tính chưa gắn tên */
    post: operations["SuggestFormCells"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/forms/{kind}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lập mẫu kiểm điểm HD 43 (mau-01 … mau-05) hoặc bảng điểm từ bảng tính của đơn vị */
    post: operations["GenerateReviewForm"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/forms/bang-diem/check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kiểm tra bảng điểm: lỗi theo ô và kết quả từng dòng */
    post: operations["CheckScoreWorkbook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tình trạng dịch vụ: phiên bản và các bộ quy tắc (không cần đăng nhập) */
    get: operations["GetHealth"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/merge": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tổng hợp các tệp báo cáo gửi lên (không lưu): kết quả JSON hoặc bảng tính (?format=xlsx) */
    post: operations["MergeFiles"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/profiles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách hồ sơ ánh xạ đã lưu */
    get: operations["ListMappingProfiles"];
    put?: never;
    /** Lưu hồ sơ ánh xạ mới (kiểm tra trên các bảng tính mẫu) */
    post: operations["CreateMappingProfile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/profiles/{profileId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đọc một hồ sơ ánh xạ (kèm các dòng ánh xạ) */
    get: operations["GetMappingProfile"];
    /** Thay hồ sơ ánh xạ bằng phiên bản mới (kiểm tra trên các bảng tính mẫu) */
    put: operations["ReplaceMappingProfile"];
    post?: never;
    /** Xoá hồ sơ ánh xạ */
    delete: operations["DeleteMappingProfile"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/profiles/check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kiểm tra hồ sơ ánh xạ trên các bảng tính mẫu (không lưu) */
    post: operations["CheckMappingProfile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/templates/{name}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải biểu mẫu chung (bieu-don-vi, bieu-tong-hop) */
    get: operations["GetTemplate"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người dùng và vai trò (trong phạm vi quản trị của người gọi) */
    get: operations["ListUsers"];
    put?: never;
    /** Tạo người dùng (tài khoản cục bộ hoặc tên Microsoft 365) */
    post: operations["CreateUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users/{name}/roles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Đặt vai trò của người dùng (trong các đợt người gọi quản trị) */
    put: operations["SetUserRoles"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users/{name}/signin-link": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tạo liên kết đăng nhập một lần cho người dùng */
    post: operations["CreateSignInLink"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/validate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kiểm tra một báo cáo của đơn vị (bảng tính hoặc JSON) theo bộ quy tắc của năm */
    post: operations["Validate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/signin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đăng nhập bằng liên kết một lần, rồi chuyển tới task pane */
    get: operations["SignInWithLink"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ApiProblem: {
      detail?: null | string;
      findings?: null | components["schemas"]["FindingDto"][];
      instance?: null | string;
      /** Format: int32 */
      status: number;
      title: string;
      traceId: string;
      type: string;
    };
    ApprovalView: {
      /** Format: date-time */
      approvedAt: string;
      approvedBy: string;
      documentNumber: string;
      /** Format: int64 */
      id: number;
      kind: string;
      /** Format: int32 */
      number: number;
      record: components["schemas"]["JsonElement"];
      sha256: string;
      unit: string;
    };
    AuditEntry: {
      action: string;
      /** Format: date-time */
      at: string;
      campaign?: null | string;
      detail?: null | string;
      hash: string;
      /** Format: int64 */
      id: number;
      previousHash: string;
      remoteIp?: null | string;
      target?: null | string;
      unit?: null | string;
      user: string;
    };
    AuditVerification: {
      /** Format: int64 */
      entries: number;
      /** Format: int64 */
      firstBrokenId?: null | number;
      intact: boolean;
      lastHash?: null | string;
      problem?: null | string;
    };
    AuthConfigView: {
      entra: null | components["schemas"]["EntraConfigView"];
      localAccounts: boolean;
    };
    Campaign: {
      /** Format: date-time */
      closedAt?: null | string;
      /** Format: date-time */
      createdAt: string;
      deadlines?: components["schemas"]["Deadline"][];
      id: string;
      issuer?: null | components["schemas"]["CampaignIssuer"];
      name: string;
      rulesetId: string;
      settings?: components["schemas"]["CampaignSettings"];
      state?: null | string;
      /** Format: int32 */
      year: number;
    };
    CampaignCreated: {
      campaign: components["schemas"]["Campaign"];
      units: null | components["schemas"]["UnitImportResult"];
    };
    CampaignCreateRequest: {
      deadlines?: null | components["schemas"]["DeadlineRequest"][];
      id?: null | string;
      name?: null | string;
      ruleset?: null | string;
      settings?: null | components["schemas"]["CampaignSettings"];
      units?: null | components["schemas"]["UnitRequest"][];
      /** Format: int32 */
      year?: number;
    };
    CampaignDocumentRequest: {
      kind?: null | string;
      newDeadline?: null | string;
      unit?: null | string;
      units?: null | string[];
    };
    CampaignDocumentView: {
      /** Format: date-time */
      approvedAt?: null | string;
      approvedBy?: null | string;
      approvedSha256?: null | string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      documentNumber?: null | string;
      fileName: string;
      /** Format: int64 */
      id: number;
      kind: string;
      /** Format: int32 */
      number?: null | number;
      sha256: string;
      /** Format: int64 */
      size: number;
      source: components["schemas"]["JsonElement"];
      state: string;
      unit: string;
    };
    CampaignFormView: {
      campaign: string;
      check: components["schemas"]["FormCheckView"];
      fileName: string;
      sha256: string;
      /** Format: int64 */
      size: number;
      /** Format: date-time */
      uploadedAt: string;
      uploadedBy?: null | string;
    };
    CampaignIssuer: {
      advisoryBody?: null | string;
      copyTo?: {
        [key: string]: string[];
      };
      issuer: string;
      issuerCode: string;
      level?: null | string;
      place: string;
      recipients?: string[];
      signer: components["schemas"]["IssuerSigner"];
      superior?: null | string;
      term?: null | string;
      /** Format: date-time */
      updatedAt?: null | string;
      updatedBy?: null | string;
    };
    CampaignSettings: {
      leaderNotAboveCollective?: null | boolean;
      memberQuotaGrouping?: null | components["schemas"]["QuotaGrouping"];
      /** Format: int32 */
      percentPrecision?: null | number;
      /** Format: double */
      quotaCapPercent?: null | number;
      quotaDenominator?: null | components["schemas"]["QuotaDenominator"];
      /** Format: double */
      quotaExceptionCapPercent?: null | number;
    };
    CampaignUpdateRequest: {
      deadlines?: null | components["schemas"]["DeadlineRequest"][];
      name?: null | string;
      ruleset?: null | string;
      settings?: null | components["schemas"]["CampaignSettings"];
    };
    CapGroupView: {
      block: string;
      blockName: string;
      /** Format: double */
      capPercent: number;
      /** Format: int32 */
      decided: number;
      denominator: string;
      /** Format: int64 */
      excellent: number;
      /** Format: int64 */
      good: number;
      message?: null | string;
      overCap: boolean;
      parent: string;
      parentName: string;
      /** Format: double */
      percentOfGood?: null | number;
      /** Format: double */
      percentOfGoodAndExcellent?: null | number;
      /** Format: int32 */
      proposals: number;
      /** Format: int32 */
      units: number;
    };
    Deadline: {
      /** Format: date-time */
      due: string;
      label?: null | string;
      /** Format: date-time */
      reviewBy?: null | string;
      unitKind?: null | string;
    };
    DeadlineRequest: {
      due: string;
      label?: null | string;
      reviewBy?: null | string;
      unitKind?: null | string;
    };
    DecisionAnswer: {
      decisions: components["schemas"]["DecisionView"][];
      findings: components["schemas"]["FindingDto"][];
      groups: components["schemas"]["CapGroupView"][];
    };
    DecisionRequest: {
      level?: null | string;
      reason?: null | string;
      unit?: null | string;
    };
    DecisionView: {
      decided?: null | string;
      /** Format: date-time */
      decidedAt?: null | string;
      decidedBy?: null | string;
      effective?: null | string;
      isProposal: boolean;
      parent?: null | string;
      proposed?: null | string;
      reason?: null | string;
      unit: string;
      unitName: string;
    };
    EntraConfigView: {
      authority?: null | string;
      clientId?: null | string;
      scopes: string[];
    };
    FindingCatalogueView: {
      findings: components["schemas"]["FindingDefinitionView"][];
    };
    FindingDefinitionView: {
      area: string;
      areaName: string;
      code: string;
      example: string;
      severity: string;
      source: string;
      title: string;
    };
    FindingDto: {
      cell?: null | string;
      code: string;
      file?: null | string;
      message: string;
      path: string;
      severity: string;
      sheet?: null | string;
      source?: null | string;
      title?: null | string;
    };
    FolderPull: {
      driveId: string;
      failed: components["schemas"]["PulledFile"][];
      folderId: string;
      /** Format: int32 */
      listed: number;
      /** Format: int32 */
      pages: number;
      problem?: null | string;
      refused: components["schemas"]["PulledFile"][];
      submitted: components["schemas"]["PulledFile"][];
      unchanged: components["schemas"]["PulledFile"][];
      unit: string;
    };
    FormCheckView: {
      findings: components["schemas"]["FindingDto"][];
      missing: components["schemas"]["FormFigureDto"][];
      tagged: components["schemas"]["TaggedFigureDto"][];
    };
    FormContractView: {
      figures: components["schemas"]["FormFigureDto"][];
      groups: string[];
    };
    FormFigureDto: {
      group: string;
      kind: string;
      label: string;
      name: string;
      required: boolean;
    };
    FormSuggestion: {
      cell: string;
      columnLabel?: null | string;
      name: string;
      rowLabel: string;
      sheet: string;
    };
    FormSuggestionsView: {
      suggestions: components["schemas"]["FormSuggestion"][];
      tagged: components["schemas"]["TaggedFigureDto"][];
    };
    GraphFolder: {
      driveId?: string;
      itemId?: null | string;
      path?: null | string;
      results?: null | components["schemas"]["GraphLocation"];
      unit?: string;
    };
    GraphFolders: {
      campaign: string;
      folders: components["schemas"]["GraphFolder"][];
      /** Format: date-time */
      updatedAt?: null | string;
      updatedBy?: null | string;
    };
    GraphFoldersRequest: {
      folders?: null | components["schemas"]["GraphFolder"][];
    };
    GraphLocation: {
      driveId?: null | string;
      itemId?: null | string;
      path?: null | string;
    };
    GraphPublishReport: {
      campaign: string;
      problems: string[];
      saved: components["schemas"]["SavedFile"][];
    };
    GraphPullReport: {
      campaign: string;
      folders: components["schemas"]["FolderPull"][];
      /** Format: int32 */
      retries: number;
    };
    HealthReport: {
      rulesets: string[];
      status: string;
      version: string;
    };
    ImportedFile: {
      /** Format: int32 */
      errors?: null | number;
      file: string;
      findings?: components["schemas"]["FindingDto"][];
      matchedBy?: null | string;
      message?: null | string;
      missing?: components["schemas"]["MissingFigureDto"][];
      sha256?: null | string;
      status: string;
      /** Format: int64 */
      submission?: null | number;
      unit?: null | string;
      unitName?: null | string;
      /** Format: int32 */
      version?: null | number;
      /** Format: int32 */
      warnings?: null | number;
    };
    ImportResult: {
      campaign: string;
      files: components["schemas"]["ImportedFile"][];
      profile: string;
      /** Format: int32 */
      refused: number;
      /** Format: int32 */
      submitted: number;
      /** Format: int32 */
      unchanged: number;
    };
    IssuerRequest: {
      advisoryBody?: null | string;
      copyTo?: null | {
        [key: string]: string[];
      };
      issuer?: null | string;
      issuerCode?: null | string;
      level?: null | string;
      place?: null | string;
      recipients?: null | string[];
      signer?: null | components["schemas"]["IssuerSigner"];
      superior?: null | string;
      term?: null | string;
    };
    IssuerSigner: {
      authority?: string;
      body?: null | string;
      name?: null | string;
      title?: string;
    };
    JsonElement: unknown;
    LatestSubmission: {
      /** Format: int32 */
      errors: number;
      fileName: string;
      /** Format: int64 */
      id: number;
      readable: boolean;
      /** Format: date-time */
      receivedAt: string;
      /** Format: int32 */
      version: number;
      /** Format: int32 */
      warnings: number;
    };
    LoginRequest: {
      password?: null | string;
      userName?: null | string;
    };
    MappingProfile: {
      entries?: components["schemas"]["ProfileEntry"][];
      name: string;
    };
    MissingFigureDto: {
      cell?: null | string;
      columnLabel?: null | string;
      figure: string;
      label: string;
      message: string;
      rowLabel?: null | string;
      sheet?: null | string;
    };
    NewUserRequest: {
      displayName?: null | string;
      password?: null | string;
      userName?: null | string;
    };
    PasswordRequest: {
      current?: null | string;
      new?: null | string;
    };
    ProfileCheckView: {
      complete: boolean;
      files: components["schemas"]["ProfileFileCheck"][];
    };
    ProfileEntry: {
      cell?: null | string;
      columnLabel?: null | string;
      figure: string;
      rowLabel?: null | string;
      sheet?: null | string;
      value?: null | string;
    };
    ProfileFileCheck: {
      file: string;
      findings: components["schemas"]["FindingDto"][];
      located: components["schemas"]["TaggedFigureDto"][];
      missing: components["schemas"]["MissingFigureDto"][];
      notFound: string[];
      readable: boolean;
      sha256: string;
    };
    ProfileSampleCheckView: {
      complete: boolean;
      files: components["schemas"]["ProfileSampleFile"][];
      profile: string;
    };
    ProfileSampleFile: {
      file: string;
      findings: components["schemas"]["FindingDto"][];
      located: components["schemas"]["TaggedFigureDto"][];
      missing: components["schemas"]["MissingFigureDto"][];
      notFound: string[];
      readable: boolean;
      report: null | components["schemas"]["JsonElement"];
    };
    ProfileView: {
      check: components["schemas"]["ProfileCheckView"];
      /** Format: date-time */
      createdAt: string;
      createdBy?: null | string;
      /** Format: int32 */
      entries: number;
      id: string;
      name: string;
      profile?: null | components["schemas"]["MappingProfile"];
      /** Format: date-time */
      updatedAt: string;
      updatedBy?: null | string;
      /** Format: int32 */
      version: number;
    };
    PulledFile: {
      created?: null | boolean;
      /** Format: int32 */
      errors?: null | number;
      file: string;
      itemId: string;
      reason?: null | string;
      /** Format: int64 */
      submission?: null | number;
      unit?: null | string;
      /** Format: int32 */
      version?: null | number;
    };
    /** @enum {unknown} */
    QuotaDenominator: "good" | "goodAndExcellent" | null;
    /** @enum {unknown} */
    QuotaGrouping: "organization" | "cell" | "form" | null;
    ReportCheckReport: {
      counts: components["schemas"]["ValidationCounts"];
      file: string;
      findings: components["schemas"]["ReportFindingDto"][];
      /** Format: int32 */
      paragraphs: number;
      readable: boolean;
      ruleset?: null | string;
      statements: components["schemas"]["StatementDto"][];
      /** Format: int32 */
      year?: null | number;
    };
    ReportFindingDto: {
      cell?: null | string;
      code: string;
      figure?: null | string;
      file?: null | string;
      message: string;
      /** Format: int32 */
      paragraph?: null | number;
      path: string;
      severity: string;
      sheet?: null | string;
      source?: null | string;
      title?: null | string;
    };
    ResultDto: {
      /** Format: date-time */
      createdAt: string;
      hasWorkbook: boolean;
      /** Format: int64 */
      id: number;
      summary: components["schemas"]["JsonElement"];
      unit: string;
    };
    RoleAssignment: {
      campaign?: null | string;
      role: string;
      unit?: null | string;
    };
    SavedFile: {
      eTag?: null | string;
      file: string;
      itemId: string;
      kind: string;
      /** Format: int64 */
      size: number;
      unit: string;
    };
    ScoreCheckView: {
      counts: components["schemas"]["ValidationCounts"];
      file: string;
      findings: components["schemas"]["FindingDto"][];
      readable: boolean;
      rows: components["schemas"]["ScoreRowView"][];
    };
    ScoreRowView: {
      band?: null | string;
      form: string;
      /** Format: double */
      general?: null | number;
      highest?: null | string;
      name: string;
      proposed?: null | string;
      /** Format: double */
      tasks?: null | number;
      /** Format: double */
      total?: null | number;
    };
    SessionView: {
      csrfToken?: null | string;
      roles: components["schemas"]["RoleAssignment"][];
      user: components["schemas"]["UserView"];
    };
    SignInLinkView: {
      url: string;
    };
    StatementDto: {
      basis?: null | string;
      /** Format: int32 */
      block: number;
      /** Format: int64 */
      count?: null | number;
      kind: string;
      level?: null | string;
      levelText?: null | string;
      matchedBase?: null | string;
      missingPercentSign?: null | boolean;
      names?: null | string[];
      /** Format: int32 */
      paragraph: number;
      parent?: null | string;
      /** Format: int64 */
      part?: null | number;
      /** Format: double */
      percent?: null | number;
      qualifier?: null | string;
      reason?: null | string;
      sentence: string;
      subject: string;
      text: string;
      /** Format: int64 */
      whole?: null | number;
    };
    StatusNode: {
      children: components["schemas"]["StatusNode"][];
      code: string;
      /** Format: date-time */
      deadline?: null | string;
      hasErrors: boolean;
      kind: string;
      kindName: string;
      late: boolean;
      latest?: null | components["schemas"]["LatestSubmission"];
      name: string;
      overdue: boolean;
      status: string;
      statusText: string;
      subtree: components["schemas"]["SubtreeCounts"];
      /** Format: int32 */
      versions: number;
    };
    StatusReport: {
      /** Format: date-time */
      at: string;
      campaign: string;
      counts: components["schemas"]["SubtreeCounts"];
      name: string;
      text?: null | string;
      units: components["schemas"]["StatusNode"][];
      /** Format: int32 */
      year: number;
    };
    SubmissionView: {
      campaign: string;
      created?: null | boolean;
      /** Format: int32 */
      errors: number;
      fileName: string;
      findings?: null | components["schemas"]["FindingDto"][];
      /** Format: int64 */
      id: number;
      late: boolean;
      readable: boolean;
      /** Format: date-time */
      receivedAt: string;
      ruleset?: null | string;
      sha256: string;
      /** Format: int64 */
      size: number;
      unit: string;
      unitName?: null | string;
      /** Format: int32 */
      version: number;
      /** Format: int32 */
      warnings: number;
    };
    SubtreeCounts: {
      /** Format: int32 */
      late: number;
      /** Format: int32 */
      missing: number;
      /** Format: int32 */
      overdue: number;
      /** Format: int32 */
      submitted: number;
      text?: null | string;
      /** Format: int32 */
      units: number;
      /** Format: int32 */
      valid: number;
      /** Format: int32 */
      withErrors: number;
    };
    TaggedFigureDto: {
      cell: string;
      group: string;
      label: string;
      name: string;
      sheet: string;
    };
    UnitDto: {
      category?: null | string;
      code: string;
      kind: string;
      name: string;
      parent?: null | string;
    };
    UnitImportResult: {
      dryRun?: null | boolean;
      findings: components["schemas"]["FindingDto"][];
      roots: string[];
      tree?: null | components["schemas"]["UnitDto"][];
      /** Format: int32 */
      units: number;
      valid?: null | boolean;
    };
    UnitRequest: {
      category?: null | string;
      code: string;
      kind: string;
      name?: null | string;
      parent?: null | string;
    };
    UserListItem: {
      displayName: string;
      hasPassword: boolean;
      roles: components["schemas"]["RoleAssignment"][];
      userName: string;
    };
    UserView: {
      displayName: string;
      name: string;
      via: string;
    };
    ValidationCounts: {
      /** Format: int32 */
      errors: number;
      /** Format: int32 */
      infos: number;
      /** Format: int32 */
      warnings: number;
    };
    ValidationReport: {
      counts: components["schemas"]["ValidationCounts"];
      file: string;
      findings: components["schemas"]["FindingDto"][];
      readable: boolean;
      ruleset?: null | string;
      unit?: null | string;
      /** Format: int32 */
      year?: null | number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListAudit: {
    parameters: {
      query?: {
        after?: number;
        campaign?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuditEntry"][];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ExportAudit: {
    parameters: {
      query?: {
        campaign?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Nhật ký (.xlsx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  VerifyAudit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuditVerification"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetAuthConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthConfigView"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  Login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LoginRequest"];
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SessionView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  Logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công, không có nội dung */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SessionView"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ChangePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PasswordRequest"];
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SessionView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  SignInWithLinkApi: {
    parameters: {
      query?: {
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Chuyển hướng */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ListCampaigns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"][];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  CreateCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CampaignCreateRequest"];
      };
    };
    responses: {
      /** @description Đã tạo */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignCreated"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  UpdateCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CampaignUpdateRequest"];
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetCampaignArchive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Hồ sơ lưu trữ (.zip). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/zip": string;
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  CloseCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  DecideUnits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DecisionRequest"][];
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DecisionAnswer"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ListCampaignDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignDocumentView"][];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  DraftCampaignDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CampaignDocumentRequest"];
      };
    };
    responses: {
      /** @description Đã tạo */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignDocumentView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ApproveCampaignDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        docId: number;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApprovalView"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetCampaignDocumentContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        docId: number;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Dự thảo (.docx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetApprovedDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        docId: number;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Văn bản đã duyệt (.docx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetCampaignForm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Biểu mẫu (.xlsx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  SetCampaignForm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Bảng tính .xlsx đã gắn tên vùng; kèm mapping.json (chỉ tiêu → "Trang!Ô") nếu gắn tên trên trình duyệt. */
    requestBody?: {
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "multipart/form-data": {
          file?: string[];
        };
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignFormView"];
        };
      };
      /** @description Đã tạo */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignFormView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetCampaignFormCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignFormView"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetGraphFolders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GraphFolders"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  SetGraphFolders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GraphFoldersRequest"];
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GraphFolders"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  PublishToGraph: {
    parameters: {
      query?: {
        unit?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GraphPublishReport"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  PullFromGraph: {
    parameters: {
      query?: {
        unit?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GraphPullReport"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetCampaignIssuer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignIssuer"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  SetCampaignIssuer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["IssuerRequest"];
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignIssuer"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ImportThroughProfile: {
    parameters: {
      query?: {
        profile?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Các bảng tính (.xlsx) của đơn vị, mỗi tệp một đơn vị. */
    requestBody?: {
      content: {
        "multipart/form-data": {
          files?: string[];
        };
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ListResults: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResultDto"][];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        result: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["JsonElement"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetResultWorkbook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        result: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Bảng tính tổng hợp (.xlsx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetCampaignStatus: {
    parameters: {
      query?: {
        unit?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StatusReport"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ListSubmissions: {
    parameters: {
      query?: {
        unit?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SubmissionView"][];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetSubmission: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        submission: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SubmissionView"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetSubmissionContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        submission: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Tệp đã nộp (.xlsx hoặc JSON). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": string;
          "application/octet-stream": string;
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ListCampaignUnits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UnitDto"][];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ImportCampaignUnits: {
    parameters: {
      query?: {
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Danh sách đơn vị (một tệp .xlsx, .csv hoặc .json), hoặc các tệp báo cáo của các đơn vị. */
    requestBody?: {
      content: {
        "application/json": string;
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "multipart/form-data": {
          files?: string[];
        };
        "text/csv": string;
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UnitImportResult"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  DecideUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        unit: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DecisionRequest"];
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DecisionAnswer"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ListDecisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        unit: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DecisionAnswer"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  MergeAtUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        unit: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Đã tạo */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["JsonElement"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ListUnitSubmissions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        unit: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SubmissionView"][];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  Submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        unit: string;
      };
      cookie?: never;
    };
    /** @description Báo cáo: bảng tính .xlsx theo biểu mẫu, hoặc JSON UnitReport. */
    requestBody?: {
      content: {
        "application/json": string;
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "multipart/form-data": {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SubmissionView"];
        };
      };
      /** @description Đã tạo */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SubmissionView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  CheckReport: {
    parameters: {
      query?: {
        ruleset?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Báo cáo: .docx hoặc văn bản UTF-8. */
    requestBody?: {
      content: {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        "multipart/form-data": {
          /** Format: binary */
          file?: string;
        };
        "text/plain": string;
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReportCheckReport"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReportCheckReport"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GenerateDocument: {
    parameters: {
      query?: {
        approve?: boolean;
        approvedBy?: string;
        number?: number;
        plain?: boolean;
      };
      header?: never;
      path: {
        kind: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["JsonElement"];
      };
    };
    responses: {
      /** @description Văn bản .docx (X-Document-Sha256; khi duyệt: X-Approval-Record). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetFindingsCatalogue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FindingCatalogueView"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetFormContract: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FormContractView"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  SuggestFormCells: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Bảng tính (.xlsx). */
    requestBody?: {
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "multipart/form-data": {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FormSuggestionsView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GenerateReviewForm: {
    parameters: {
      query?: {
        all?: boolean;
        member?: string;
        place?: string;
        superior?: string;
        year?: number;
      };
      header?: never;
      path: {
        kind: string;
      };
      cookie?: never;
    };
    /** @description Bảng tính của đơn vị (bỏ trống: một mẫu trắng). */
    requestBody?: {
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "multipart/form-data": {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description Một mẫu (.docx hoặc .xlsx), hoặc nhiều mẫu trong một .zip. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
          "application/zip": string;
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  CheckScoreWorkbook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Bảng điểm (.xlsx) hoặc bảng tính đơn vị có trang "Bảng điểm". */
    requestBody?: {
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "multipart/form-data": {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ScoreCheckView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ScoreCheckView"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HealthReport"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  MergeFiles: {
    parameters: {
      query?: {
        format?: string;
        ruleset?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Các tệp báo cáo (.xlsx hoặc JSON UnitReport). */
    requestBody?: {
      content: {
        "multipart/form-data": {
          files?: string[];
        };
      };
    };
    responses: {
      /** @description Kết quả JSON, hoặc bảng tính tổng hợp khi ?format=xlsx (số lỗi ở X-Errors, X-Warnings). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["JsonElement"];
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ListMappingProfiles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProfileView"][];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  CreateMappingProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Hồ sơ ánh xạ (.json) cùng ít nhất một bảng tính mẫu (.xlsx). */
    requestBody?: {
      content: {
        "multipart/form-data": {
          files?: string[];
        };
      };
    };
    responses: {
      /** @description Đã tạo */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProfileView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetMappingProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        profileId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProfileView"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ReplaceMappingProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        profileId: string;
      };
      cookie?: never;
    };
    /** @description Hồ sơ ánh xạ (.json) cùng ít nhất một bảng tính mẫu (.xlsx). */
    requestBody?: {
      content: {
        "multipart/form-data": {
          files?: string[];
        };
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProfileView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  DeleteMappingProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        profileId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công, không có nội dung */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  CheckMappingProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Hồ sơ ánh xạ (.json) cùng các bảng tính mẫu (.xlsx). */
    requestBody?: {
      content: {
        "multipart/form-data": {
          files?: string[];
        };
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProfileSampleCheckView"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  GetTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Bảng tính biểu mẫu. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  ListUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserListItem"][];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  CreateUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewUserRequest"];
      };
    };
    responses: {
      /** @description Đã tạo */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserListItem"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Xung đột với trạng thái hiện tại */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  SetUserRoles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RoleAssignment"][];
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserListItem"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Sai kiểu nội dung */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  CreateSignInLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SignInLinkView"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không tìm thấy */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  Validate: {
    parameters: {
      query?: {
        ruleset?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Báo cáo: bảng tính .xlsx theo biểu mẫu, hoặc JSON UnitReport. */
    requestBody?: {
      content: {
        "application/json": string;
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "multipart/form-data": {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationReport"];
        };
      };
      /** @description Yêu cầu không hợp lệ */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Vượt giới hạn kích thước */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Nội dung không dùng được (kèm findings) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationReport"];
        };
      };
      /** @description Quá nhiều yêu cầu (Limits:Requests) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
  SignInWithLink: {
    parameters: {
      query?: {
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Chuyển hướng */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Cần đăng nhập */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Không có quyền */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
      /** @description Lỗi máy chủ (kèm traceId) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["ApiProblem"];
        };
      };
    };
  };
}
