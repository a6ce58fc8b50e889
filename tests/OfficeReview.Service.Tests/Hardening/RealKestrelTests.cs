using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace OfficeReview.Service.Tests.Hardening;

/// <summary>The built service as a real process on loopback: HSTS over HTTPS, slow request bodies dropped.</summary>
public class RealKestrelTests
{
    /// <summary>Two different free ports (asked for while both are held, so the system cannot hand out the same one twice).</summary>
    private static (int, int) TwoFreePorts()
    {
        var a = new TcpListener(IPAddress.Loopback, 0);
        var b = new TcpListener(IPAddress.Loopback, 0);
        a.Start();
        b.Start();
        var ports = (((IPEndPoint)a.LocalEndpoint).Port, ((IPEndPoint)b.LocalEndpoint).Port);
        a.Stop();
        b.Stop();
        return ports;
    }

    [Fact]
    public async Task Https_answers_carry_hsts_and_a_trickling_upload_is_dropped()
    {
        var dir = Directory.CreateTempSubdirectory("or-harden-");
        try
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
            using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            var pfx = Path.Combine(dir.FullName, "localhost.pfx");
            await File.WriteAllBytesAsync(pfx, cert.Export(X509ContentType.Pkcs12, "mat-khau"));

            var (https, http) = TwoFreePorts();
            using var process = HostingTests.Start(new Dictionary<string, string>
            {
                ["Kestrel__Certificates__Default__Path"] = pfx,
                ["Kestrel__Certificates__Default__Password"] = "mat-khau",
                ["Storage__DataFolder"] = Path.Combine(dir.FullName, "data"),
                ["Limits__Http__MinBodyBytesPerSecond"] = "50000",
                ["Limits__Http__MinBodyGraceSeconds"] = "1", // raised to 2 s by the service
            }, "--urls", $"https://127.0.0.1:{https};http://127.0.0.1:{http}");
            try
            {
                var thumbprint = cert.Thumbprint;
                using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, c, _, _) => c?.Thumbprint == thumbprint };
                using var client = new HttpClient(handler);
                var health = await HostingTests.WaitForHealth(client, $"https://127.0.0.1:{https}", process);
                Assert.Equal("max-age=31536000", health.Headers.GetValues("Strict-Transport-Security").Single());
                using var plain = new HttpClient();
                var overHttp = await plain.GetAsync($"http://127.0.0.1:{http}/api/health");
                Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));

                // Announce 5 MB, then send ~1 KB/s — above Kestrel's own default minimum (240 B/s), below the configured one
                // (50 000 B/s): the service stops waiting (408 or a closed connection).
                // Signed in, so that the upload reaches the body reader (an anonymous request is refused before it).
                var token = TestAuth.TokenFor(Path.Combine(dir.FullName, "data"), "kiem-thu", "admin");
                var chunk = new byte[100];
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, http);
                var stream = tcp.GetStream();
                await stream.WriteAsync(Encoding.ASCII.GetBytes(
                    $"POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1:{http}\r\nContent-Type: application/octet-stream\r\nX-File-Name: cham.xlsx\r\nAuthorization: Bearer {token}\r\nContent-Length: 5000000\r\n\r\n"));
                var answer = new StringBuilder();
                var buffer = new byte[4096];
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                var closed = false;
                for (var i = 0; i < 600 && !closed && !stop.IsCancellationRequested; i++)
                {
                    try { await stream.WriteAsync(chunk, stop.Token); }
                    catch (IOException) { closed = true; break; }
                    var read = stream.ReadAsync(buffer, stop.Token).AsTask();
                    if (await Task.WhenAny(read, Task.Delay(100, stop.Token)) == read)
                    {
                        int n;
                        try { n = await read; }
                        catch (IOException) { closed = true; break; }
                        if (n == 0) closed = true;
                        else answer.Append(Encoding.ASCII.GetString(buffer, 0, n));
                        if (answer.Length > 0) break;
                    }
                }
                Assert.True(closed || answer.ToString().StartsWith("HTTP/1.1 408", StringComparison.Ordinal), $"still connected; answer: {answer}");
                // The service is still there.
                Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync($"http://127.0.0.1:{http}/api/health")).StatusCode);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }
}
