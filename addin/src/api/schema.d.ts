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
        /**
         * POST /api/documents/{kind}[?approve=true&amp;number=15&amp;approvedBy=…][&amp;plain=true]: body {data, meta, previous?}.
         *     200 with the .docx (X-Document-Sha256; on approval X-Approval-Record = the record as JSON, ASCII-escaped);
         *     422 problem details (Vietnamese) whose findings list every problem when the inputs or the template are wrong.
         */
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
        /**
         * @description The one shape of every error the HTTP API answers (RFC 9457 problem details, `application/problem+json`):
         *     `type`, `title` (Vietnamese), `status`, `detail` (Vietnamese, naming the file, sheet and cell or
         *     the bound exceeded), `instance` (the request's path), `traceId` (to quote to an administrator; the same id
         *     is in the request log) and, when the cause is a file's content, `findings`. docs/openapi.json describes it as
         *     the schema `ApiProblem`.
         */
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
        /** @description The answer of an approval: the number from the register, "Số 07-KH/ĐU", the final file's SHA-256, the record. */
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
        /** @description An entry of the append-only log: string AuditEntry.Hash = SHA-256 over its fields and string AuditEntry.PreviousHash. */
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
        /** @description Result of recomputing the chain: intact, or the first entry whose hash or link does not match. */
        AuditVerification: {
            /** Format: int64 */
            entries: number;
            /** Format: int64 */
            firstBrokenId?: null | number;
            intact: boolean;
            lastHash?: null | string;
            problem?: null | string;
        };
        /** @description GET /api/auth/config: local accounts on or off; Entra ID's client, authority and scopes when it is configured. */
        AuthConfigView: {
            entra: null | components["schemas"]["EntraConfigView"];
            localAccounts: boolean;
        };
        /**
         * @description One annual review campaign of a committee: the year, the ruleset (with the province's overrides), the unit tree
         *     (stored separately), the deadline of each level, and when it was created.
         */
        Campaign: {
            /**
             * Format: date-time
             * @description When the campaign was closed (no more submissions, unit or deadline changes; figures frozen), or null while open.
             */
            closedAt?: null | string;
            /** Format: date-time */
            createdAt: string;
            deadlines?: components["schemas"]["Deadline"][];
            id: string;
            issuer?: null | components["schemas"]["CampaignIssuer"];
            name: string;
            /** @description "132", "124" or "366"; by default the ruleset of the year. */
            rulesetId: string;
            settings?: components["schemas"]["CampaignSettings"];
            /** @description "open" or "closed". */
            state?: null | string;
            /** Format: int32 */
            year: number;
        };
        /** @description POST /api/campaigns: the campaign created and, when a unit list came with it, the import's result. */
        CampaignCreated: {
            campaign: components["schemas"]["Campaign"];
            units: null | components["schemas"]["UnitImportResult"];
        };
        /** @description What a caller sends to create a campaign (JSON body of POST /api/campaigns). */
        CampaignCreateRequest: {
            deadlines?: null | components["schemas"]["DeadlineRequest"][];
            /** @description Optional id (a-z, 0-9, "-"; up to 64); generated when absent. */
            id?: null | string;
            name?: null | string;
            ruleset?: null | string;
            settings?: null | components["schemas"]["CampaignSettings"];
            /** @description The unit tree may come with the campaign (same fields as a JSON unit list). */
            units?: null | components["schemas"]["UnitRequest"][];
            /** Format: int32 */
            year?: number;
        };
        /** @description POST /api/campaigns/{id}/documents: what to draft, for which unit, and (công văn đôn đốc) which units to remind. */
        CampaignDocumentRequest: {
            kind?: null | string;
            /** @description Công văn đôn đốc: the new deadline ("2025-12-15"); default: five days after the draft's date. */
            newDeadline?: null | string;
            unit?: null | string;
            units?: null | string[];
        };
        /** @description A stored document as the API shows it. */
        CampaignDocumentView: {
            /** Format: date-time */
            approvedAt?: null | string;
            approvedBy?: null | string;
            /** @description SHA-256 of the approved (final) file; string CampaignDocumentView.Sha256 is the draft's. */
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
        /** @description The stored form as the API shows it. */
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
        /**
         * @description The issuing body of a campaign's documents, typed once (REVIEW-DOMAIN §6.2–6.5): cơ quan cấp trên, cơ quan ban hành
         *     and its ký hiệu, địa danh, the signer and their authority, nơi nhận by document kind, and the issuer's level (which
         *     decides the bodies the text names). Stored as given, cleaned to NFC; DocumentMeta CampaignIssuer.ToMeta(DocumentKind kind, DateOnly date, string excerpt, IReadOnlyList&lt;string&gt;? recipients = null, int? number = null) turns it into the
         *     DocumentMeta the document builders take.
         */
        CampaignIssuer: {
            /** @description The advisory body the text names; null: the level's usual one. */
            advisoryBody?: null | string;
            /** @description Nơi nhận by document kind slug (ke-hoach, cong-van, …); key "default" for the kinds not listed. */
            copyTo?: {
                [key: string]: string[];
            };
            /** @description Cơ quan ban hành: "ĐẢNG ỦY XÃ IA GRAI". */
            issuer: string;
            /** @description Ký hiệu after the slash: "ĐU", "TU", "CB". */
            issuerCode: string;
            /** @description Issuer level slug (tinh-uy, huyen-uy, dang-uy-xa, …); null: derived from the issuer's name and ký hiệu. */
            level?: null | string;
            /** @description Địa danh: "Ia Grai". */
            place: string;
            /** @description Kính gửi of the công văn (and công văn đôn đốc when no units are named); empty: the issuer's subordinates. */
            recipients?: string[];
            signer: components["schemas"]["IssuerSigner"];
            /** @description Cơ quan cấp trên trực tiếp: "ĐẢNG BỘ TỈNH GIA LAI" (optional). */
            superior?: null | string;
            /** @description The committee's term (nhiệm kỳ, e.g. "2025-2030"): approved documents are numbered per kind within it; null: string CampaignIssuer.DefaultTerm(DateOnly date). */
            term?: null | string;
            /**
             * Format: date-time
             * @description When it was last set, and by whom.
             */
            updatedAt?: null | string;
            updatedBy?: null | string;
        };
        /** @description What a province may change in the ruleset's parameters. */
        CampaignSettings: {
            /** @description HD 21 "not rated above the collective" check (2019–2022); null = the ruleset's default (on). */
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
        /** @description Name, ruleset, settings and deadlines can change; the year cannot. */
        CampaignUpdateRequest: {
            deadlines?: null | components["schemas"]["DeadlineRequest"][];
            name?: null | string;
            ruleset?: null | string;
            settings?: null | components["schemas"]["CampaignSettings"];
        };
        /**
         * @description The HTXS cap over one comparable group (the organizations of one block under the same parent), with both
         *     denominators: HTXS ÷ HTT and HTXS ÷ (HTT + HTXS); string CapGroupView.Denominator says which one the ruleset binds.
         */
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
        /**
         * @description When units of one kind must have submitted to the level above (e.g. chi-bo-truc-thuoc → 10/12, dang-bo-cap-tren-co-so
         *     → 20/12). string? Deadline.UnitKind is the slug of the submitting units' kind; a deadline without kind applies to every
         *     unit that has no deadline of its own kind. Plans give two dates per level: when the units finish their review
         *     meetings (DateTimeOffset? Deadline.ReviewBy, optional) and when the report must reach the level above (DateTimeOffset Deadline.Due);
         *     "late" is always decided from DateTimeOffset Deadline.Due.
         */
        Deadline: {
            /**
             * Format: date-time
             * @description The send date: the report must have reached the level above by then (a later submission is late).
             */
            due: string;
            label?: null | string;
            /**
             * Format: date-time
             * @description The date by which the units of this level finish their review (kiểm điểm xong); null when the plan gives none.
             */
            reviewBy?: null | string;
            unitKind?: null | string;
        };
        /**
         * @description A deadline as typed: "2025-12-10" or "10/12/2025" (end of that day, Vietnam time) or a full ISO time. `Due` is the
         *     send date (the report reaches the level above); `ReviewBy`, optional, the date the units finish their review.
         */
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
        /** @description One decision as sent: PUT …/units/{unit}/decision {level, reason}; PUT …/decisions [{unit, level, reason}]. */
        DecisionRequest: {
            level?: null | string;
            reason?: null | string;
            unit?: null | string;
        };
        /** @description A unit's level: proposed (its current submission's own rating), decided (the level above), and which counts. */
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
        /** @description GET /api/findings-catalogue: every finding code of the product. */
        FindingCatalogueView: {
            findings: components["schemas"]["FindingDefinitionView"][];
        };
        /** @description One catalogue entry as `GET /api/findings-catalogue` gives it (docs/api.md, docs/findings.md). */
        FindingDefinitionView: {
            area: string;
            areaName: string;
            code: string;
            example: string;
            severity: string;
            source: string;
            title: string;
        };
        /**
         * @description One finding as the API and the CLI (--json) give it: the severity it was emitted with, and the catalogue's title and
         *     source for its code (FindingCatalogue, docs/findings.md) — taken from the catalogue, never mapped by hand.
         */
        FindingDto: {
            cell?: null | string;
            code: string;
            file?: null | string;
            message: string;
            path: string;
            severity: string;
            sheet?: null | string;
            /** @description The rule article or input bound (with its configuration key) the finding comes from. */
            source?: null | string;
            /** @description The catalogue's Vietnamese title of string FindingDto.Code; null only for a code the catalogue lacks (stored before it). */
            title?: null | string;
        };
        /** @description One folder's pull: what was listed, submitted, left alone (same eTag), refused (with the reason) or failed. */
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
        /** @description What the service says about a form: the figures tagged and where, those not tagged, the findings. */
        FormCheckView: {
            findings: components["schemas"]["FindingDto"][];
            missing: components["schemas"]["FormFigureDto"][];
            tagged: components["schemas"]["TaggedFigureDto"][];
        };
        /** @description GET /api/form-contract: the groups and every figure of the contract of names. */
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
        /** @description A suggested cell for a figure: where its row label meets its column label. */
        FormSuggestion: {
            cell: string;
            columnLabel?: null | string;
            name: string;
            rowLabel: string;
            sheet: string;
        };
        /** @description POST /api/form-suggestions: a cell suggested for each figure, and the figures already tagged. */
        FormSuggestionsView: {
            suggestions: components["schemas"]["FormSuggestion"][];
            tagged: components["schemas"]["TaggedFigureDto"][];
        };
        /**
         * @description The folder a level (string GraphFolder.Unit) collects its subordinates' workbooks from, and optionally the folder its
         *     consolidated workbooks and approved documents are saved back to.
         */
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
        /** @description A folder of a SharePoint / OneDrive drive: by item id, or by path from the drive's root. */
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
        /** @description What became of one file of an import: submitted (or the same bytes already there), or refused with the reason. */
        ImportedFile: {
            /** Format: int32 */
            errors?: null | number;
            file: string;
            findings?: components["schemas"]["FindingDto"][];
            /** @description How the file was matched to its unit: "code" (the unit code read), "name" (the unit name read) or "file" (the file name starts with the code). */
            matchedBy?: null | string;
            /** @description Why the file was refused (Vietnamese, naming the file and, where known, the sheet and cell). */
            message?: null | string;
            missing?: components["schemas"]["MissingFigureDto"][];
            sha256?: null | string;
            /** @description "submitted", "unchanged" (these bytes were already the unit's submission) or "refused". */
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
        /** @description The answer of an import: the campaign, the profile and one line per file. */
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
        /** @description The JSON body of PUT /api/campaigns/{id}/issuer. */
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
        /** @description Người ký and thẩm quyền ký: authority "T/M", "K/T", "T/L" or "" (the head signs directly). */
        IssuerSigner: {
            authority?: string;
            /** @description "BAN THƯỜNG VỤ", "CHI BỘ"…; null: the issuer level's usual body. */
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
        /** @description A saved mapping for workbooks of one layout that carry no names (last year's files, another province's form). */
        MappingProfile: {
            entries?: components["schemas"]["ProfileEntry"][];
            name: string;
        };
        /** @description A figure a profile could not find in one file: which figure, and where the profile looked. */
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
        /** @description The check of a profile against its sample files: complete when every file is readable and every figure found. */
        ProfileCheckView: {
            complete: boolean;
            files: components["schemas"]["ProfileFileCheck"][];
        };
        /**
         * @description Where one figure sits in workbooks that carry no names: a sheet and a cell ("C7"), or a row label and a column label
         *     (the cell where the row labelled "Đảng viên" meets the column headed "HTXSNV"), or a constant for what the file does
         *     not say (the year of last year's files, the unit code).
         */
        ProfileEntry: {
            cell?: null | string;
            columnLabel?: null | string;
            /** @description The figure's defined name in the contract (OR_Mem_Total…). */
            figure: string;
            rowLabel?: null | string;
            /** @description The sheet; null to search every sheet (labels only). */
            sheet?: null | string;
            value?: null | string;
        };
        /** @description What the check of a profile found in one sample file. */
        ProfileFileCheck: {
            file: string;
            findings: components["schemas"]["FindingDto"][];
            located: components["schemas"]["TaggedFigureDto"][];
            missing: components["schemas"]["MissingFigureDto"][];
            notFound: string[];
            readable: boolean;
            sha256: string;
        };
        /** @description POST /api/profiles/check: the profile checked on each sample workbook, nothing stored. */
        ProfileSampleCheckView: {
            complete: boolean;
            files: components["schemas"]["ProfileSampleFile"][];
            profile: string;
        };
        /** @description One sample workbook: figures not found, figures located, findings, and the unit report read (JSON UnitReport). */
        ProfileSampleFile: {
            file: string;
            findings: components["schemas"]["FindingDto"][];
            located: components["schemas"]["TaggedFigureDto"][];
            missing: components["schemas"]["MissingFigureDto"][];
            notFound: string[];
            readable: boolean;
            report: null | components["schemas"]["JsonElement"];
        };
        /** @description A saved profile as the API shows it; MappingProfile? ProfileView.Profile only when one profile is asked for. */
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
        /** @description The JSON shape of a report check, shared by the CLI (--json) and POST /api/check-report. */
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
        /**
         * @description A finding of the report check: as for validation, plus the figure it is about — its paragraph (0-based) and the
         *     words it was read from ("figure"), which the Word pane searches for to put its comment on.
         */
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
            /** @description The rule article or bound the finding comes from, from the catalogue. */
            source?: null | string;
            /** @description The catalogue's Vietnamese title of string ReportFindingDto.Code (docs/findings.md). */
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
        /**
         * @description One role of a user: string? RoleAssignment.Campaign null = every campaign; string? RoleAssignment.Unit null only for an admin
         *     (the whole campaign). A reviewer or approver of a unit covers the unit's whole subtree.
         */
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
        /** @description What POST /api/forms/bang-diem/check answers: the findings with their cells and each row's result. */
        ScoreCheckView: {
            counts: components["schemas"]["ValidationCounts"];
            file: string;
            findings: components["schemas"]["FindingDto"][];
            readable: boolean;
            rows: components["schemas"]["ScoreRowView"][];
        };
        /** @description One row of the scoring workbook: its scores, the band of its total, the highest level allowed and the level proposed. */
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
        /**
         * @description One figure read from the report, with its attribution: the sentence it was read from, the subject and level it was
         *     attributed to (and the level as written, for letter grades and the pre-2018 scheme), the base of a percentage as
         *     stated and the base the checker found it to match, the group a nested figure belongs to, a qualifier ("trên 80%"),
         *     and why a figure is not a result (target, estimate, change, another year). Paragraph is 0-based, as in the
         *     findings' path "paragraphs[i]".
         */
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
        /** @description One unit in the status tree: its own status and the counts of everything below it. */
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
            /** @description The units below this one (not itself). */
            subtree: components["schemas"]["SubtreeCounts"];
            /** Format: int32 */
            versions: number;
        };
        /** @description GET …/status: counts over every unit shown, and the tree. */
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
        /** @description A submission as the API and CLI show it. */
        SubmissionView: {
            campaign: string;
            /** @description False when the same bytes had already been submitted (this is that earlier submission). */
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
        /** @description Counts over a set of units: how many, submitted, valid, with errors, late, missing (overdue). */
        SubtreeCounts: {
            /** Format: int32 */
            late: number;
            /** Format: int32 */
            missing: number;
            /** Format: int32 */
            overdue: number;
            /** Format: int32 */
            submitted: number;
            /** @description "38/42 đơn vị đã nộp". */
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
            /** @description True on a dry run (?dryRun=true): nothing was stored. */
            dryRun?: null | boolean;
            findings: components["schemas"]["FindingDto"][];
            roots: string[];
            /** @description Dry run: the units as read, in file order (code, name, kind, loại hình, parent). */
            tree?: null | components["schemas"]["UnitDto"][];
            /** Format: int32 */
            units: number;
            /** @description Dry run: whether the import would be taken (no error finding). */
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
        /** @description What the API says about the signed-in user (login, me). */
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
        /** @description The JSON shape of a validation result, shared by the CLI (--json) and POST /api/validate. */
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
