// The one place that talks HTTP to the OfficeReview service. XMLHttpRequest (not fetch) because uploads of large
// workbooks need upload progress; every call takes an AbortSignal so the pane can cancel it.
import type { ApiProblem } from "./types";

/** Upload/download progress: loaded and total bytes (total 0 when the server did not say). */
export type Progress = (phase: "upload" | "download", loaded: number, total: number) => void;

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: Blob | FormData | string | ArrayBuffer | Uint8Array | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  onProgress?: Progress;
  /** "json" parses the answer; "blob" keeps the bytes (downloads). */
  responseType?: "json" | "blob";
  /** False for the calls that need no sign-in (health, sign-in configuration, the login itself). Default true. */
  authenticate?: boolean;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
  contentType: string;
  headers: (name: string) => string | null;
}

/**
 * A failed call with a message for the user (Vietnamese) and the server's problem details when there were any: every
 * error of the service has one shape (application/problem+json, ApiProblem in docs/openapi.json): type, title, status,
 * detail, instance, traceId, and findings when the cause is a file's content.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly kind: "network" | "aborted" | "http" | "missing-route" | "unauthorized" | "forbidden",
    readonly problem?: Partial<ApiProblem>,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

// The service's URL when the pane is hosted elsewhere (Azure static hosting: scripts/build-azure-site.sh builds with
// OFFICEREVIEW_SERVICE_URL, which build.mjs defines here); empty = the origin that served the pane (the local service).
declare const __OFFICEREVIEW_SERVICE_URL__: string | undefined;
let baseUrl = (typeof __OFFICEREVIEW_SERVICE_URL__ === "string" ? __OFFICEREVIEW_SERVICE_URL__ : "").replace(
  /\/+$/,
  "",
);
/** Where the service is (default: the URL the pane was built with, else the origin that served the pane). */
export function setBaseUrl(url: string): void {
  baseUrl = url.replace(/\/+$/, "");
}

/**
 * How calls prove who is signing: the auth module (src/auth/session.ts) installs one for the signed-in user. It hands
 * out the headers of a call (a bearer token, or the CSRF header of a cookie session's write) and hears when the
 * service no longer accepts them (401).
 */
export interface Credentials {
  headers(method: string, signal?: AbortSignal): Promise<Record<string, string>>;
  rejected(status: number): void;
}

let credentials: Credentials | null = null;
/** Installs (or removes, with null) the credentials every authenticated call uses. */
export function useCredentials(c: Credentials | null): void {
  credentials = c;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const { method = "GET", signal, authenticate = true } = options;
  if (signal?.aborted) throw aborted();
  const used = authenticate ? credentials : null;
  const auth = used ? await used.headers(method, signal) : {};
  if (signal?.aborted) throw aborted();
  try {
    return await send<T>(path, options, auth);
  } catch (e) {
    // Only the credentials that were used are told: a sign-out or a new sign-in in between is not undone.
    if (e instanceof ApiError && e.kind === "unauthorized" && used && used === credentials) used.rejected(e.status);
    throw e;
  }
}

function send<T>(path: string, options: RequestOptions, auth: Record<string, string>): Promise<ApiResponse<T>> {
  const {
    method = "GET",
    body = null,
    headers = {},
    signal,
    onProgress,
    responseType = "json",
    authenticate = true,
  } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const xhr = new XMLHttpRequest();
    xhr.open(method, baseUrl + path);
    xhr.responseType = "blob";
    for (const [k, v] of Object.entries({ ...headers, ...auth })) xhr.setRequestHeader(k, v);
    if (onProgress) {
      xhr.upload.onprogress = (e) => onProgress("upload", e.loaded, e.lengthComputable ? e.total : 0);
      xhr.onprogress = (e) => onProgress("download", e.loaded, e.lengthComputable ? e.total : 0);
    }
    const onAbort = () => xhr.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    const done = () => signal?.removeEventListener("abort", onAbort);
    xhr.onabort = () => (done(), reject(aborted()));
    xhr.onerror = () => (
      done(),
      reject(
        new ApiError(
          "Không kết nối được với máy chủ OfficeReview. Hãy kiểm tra dịch vụ đang chạy (dotnet run --project functions/OfficeReview.Service) và mạng, rồi thử lại — những gì bạn đã nhập vẫn được giữ.",
          0,
          "network",
        ),
      )
    );
    xhr.onload = async () => {
      done();
      const blob = xhr.response as Blob;
      const contentType = xhr.getResponseHeader("Content-Type") ?? "";
      const isJson = /json/i.test(contentType);
      let parsed: unknown = blob;
      if (isJson) {
        try {
          parsed = JSON.parse(await blob.text());
        } catch {
          parsed = undefined;
        }
      }
      const headersOf = (n: string) => xhr.getResponseHeader(n);
      if (xhr.status >= 200 && xhr.status < 300) {
        if (responseType === "json" && !isJson)
          return reject(
            new ApiError(
              `Máy chủ trả về dữ liệu không đúng dạng (${contentType || "không rõ"}) cho ${path}.`,
              xhr.status,
              "http",
            ),
          );
        return resolve({ status: xhr.status, body: parsed as T, contentType, headers: headersOf });
      }
      reject(httpError(path, xhr.status, isJson ? parsed : undefined, authenticate));
    };
    xhr.send(toXhrBody(body));
  });
}

function toXhrBody(body: RequestOptions["body"]): XMLHttpRequestBodyInit | null {
  if (body instanceof Uint8Array) return new Blob([body as BlobPart]);
  return body as XMLHttpRequestBodyInit | null;
}

function aborted(): ApiError {
  return new ApiError("Đã hủy.", 0, "aborted");
}

/** The problem details of an error answer (the service's one shape), or undefined when the body is not one. */
export function problemOf(json: unknown): Partial<ApiProblem> | undefined {
  if (!json || typeof json !== "object" || Array.isArray(json)) return undefined;
  const p = json as Record<string, unknown>;
  const text = (k: string) => (typeof p[k] === "string" ? (p[k] as string) : undefined);
  return {
    type: text("type"),
    title: text("title"),
    status: typeof p.status === "number" ? p.status : undefined,
    detail: text("detail"),
    instance: text("instance"),
    traceId: text("traceId"),
    findings: Array.isArray(p.findings) ? (p.findings as ApiProblem["findings"]) : undefined,
  };
}

function httpError(path: string, status: number, json: unknown, authenticated: boolean): ApiError {
  const problem = problemOf(json);
  if (status === 401 && authenticated)
    return new ApiError(
      "Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Hãy đăng nhập lại — những gì bạn đã nhập vẫn được giữ.",
      status,
      "unauthorized",
      problem,
      json,
    );
  if (status === 403) {
    const why = (problem?.detail || problem?.title)?.trim().replace(/\.$/, "");
    return new ApiError(
      `Tài khoản của bạn không có quyền thực hiện thao tác này${why ? ` (${why})` : ""}. Nếu cần, hãy nhờ quản trị viên đợt kiểm điểm cấp quyền cho đơn vị của bạn. (mã 403)`,
      status,
      "forbidden",
      problem,
      json,
    );
  }
  if (status === 404 && !problem?.title)
    return new ApiError(
      `Máy chủ chưa có chức năng này (${path} trả về 404). Hãy cập nhật OfficeReview.`,
      status,
      "missing-route",
    );
  if (status === 405) return new ApiError(`Máy chủ chưa hỗ trợ thao tác này (${path}).`, status, "missing-route");
  const text = [problem?.title, problem?.detail].filter(Boolean).join(": ");
  const fallback =
    status === 413
      ? "Tệp quá lớn so với giới hạn của máy chủ."
      : status >= 500
        ? "Máy chủ gặp lỗi khi xử lý yêu cầu."
        : "Máy chủ từ chối yêu cầu.";
  // A server error: the trace id lets an administrator find the request in the service's log.
  const trace = status >= 500 && problem?.traceId ? `, traceId ${problem.traceId}` : "";
  return new ApiError(`${text || fallback} (mã ${status}${trace})`, status, "http", problem, json);
}

/** Bytes to base64 in chunks (String.fromCharCode on a whole workbook would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The file name a download was given (Content-Disposition), else the fallback. */
export function fileNameOf(res: ApiResponse<unknown>, fallback: string): string {
  const cd = res.headers("Content-Disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : fallback;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
