// A stand-in for XMLHttpRequest (the unit tests run in node): every request the pane's http.ts sends is recorded
// with its headers, and answered by the test's `answer` function.
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface Answer {
  status: number;
  json?: unknown;
}

export function installXhr(answer: (r: SentRequest) => Answer): SentRequest[] {
  const sent: SentRequest[] = [];
  class FakeXhr {
    responseType = "";
    status = 0;
    response: Blob | null = null;
    upload: { onprogress?: unknown } = {};
    onload?: () => void;
    onerror?: () => void;
    onabort?: () => void;
    onprogress?: unknown;
    private req: SentRequest = { method: "", url: "", headers: {}, body: null };
    private responseHeaders: Record<string, string> = {};
    open(method: string, url: string) {
      this.req = { method, url, headers: {}, body: null };
    }
    setRequestHeader(name: string, value: string) {
      this.req.headers[name] = value;
    }
    getResponseHeader(name: string) {
      return this.responseHeaders[name.toLowerCase()] ?? null;
    }
    abort() {
      this.onabort?.();
    }
    send(body: unknown) {
      this.req.body = body;
      sent.push(this.req);
      const a = answer(this.req);
      this.status = a.status;
      const text = a.json === undefined ? "" : JSON.stringify(a.json);
      this.responseHeaders =
        a.json === undefined
          ? {}
          : { "content-type": a.status >= 400 ? "application/problem+json" : "application/json" };
      this.response = new Blob([text]);
      queueMicrotask(() => this.onload?.());
    }
  }
  (globalThis as Record<string, unknown>).XMLHttpRequest = FakeXhr;
  return sent;
}

/** An unsigned JWT-shaped token with the given expiry (seconds since the epoch): what the session reads exp from. */
export function jwtExpiringAt(exp: number, sub = "nguyen.van.a"): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${b64({ alg: "RS256", typ: "JWT" })}.${b64({ sub, exp })}.c2lnbmF0dXJl`;
}
