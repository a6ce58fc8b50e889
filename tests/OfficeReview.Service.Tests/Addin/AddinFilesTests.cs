using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace OfficeReview.Service.Tests.Addin;

/// <summary>The service serves the task pane, the manifest and every URL the manifest names.</summary>
public class AddinFilesTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task EveryUrlInTheManifest_IsServed_WithTheRightKindOfContent()
    {
        using var client = Client();
        var sizes = new Dictionary<string, int>();
        foreach (var image in ManifestTests.Load().Descendants().Where(e => e.Name.LocalName == "Image" && e.Attribute("size") is not null))
            sizes[image.Attribute("resid")!.Value] = int.Parse(image.Attribute("size")!.Value);

        foreach (var url in ManifestTests.ManifestUrls())
        {
            var path = new Uri(url).PathAndQuery;
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.NotEmpty(bytes);
            if (path.EndsWith(".png", StringComparison.Ordinal))
            {
                Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
                var size = int.Parse(Path.GetFileNameWithoutExtension(path).Split('-').Last());
                Assert.Equal((size, size), PngSize(bytes)); // icon-32.png really is 32×32
            }
            else
            {
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Fact]
    public async Task Manifest_IsServedAsXml_SameBytesAsTheRepositoryFile()
    {
        using var client = Client();
        using var response = await client.GetAsync("/manifest.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(RepoPaths.Of("manifest.xml")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Root_RedirectsToThePane_WhichIsVietnameseAndLoadsItsScript()
    {
        using var client = Client();
        foreach (var path in new[] { "/", "/addin", "/addin/" })
        {
            using var redirect = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
            Assert.Equal("/addin/taskpane.html", redirect.Headers.Location?.OriginalString);
        }
        var html = await client.GetStringAsync("/addin/taskpane.html");
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("Kiểm điểm – Xếp loại", html);
        Assert.Contains("src=\"taskpane.js\"", html);
        using var js = await client.GetAsync("/addin/taskpane.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", js.Headers.CacheControl?.ToString());
        using var css = await client.GetAsync("/addin/taskpane.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownPaneFile_Is404ProblemInVietnamese()
    {
        using var client = Client();
        using var response = await client.GetAsync("/addin/khong-co.js");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PaneNotBuilt_Is503_SayingHowToBuildIt()
    {
        var empty = Directory.CreateTempSubdirectory("or-no-pane-");
        try
        {
            using var app = factory.WithWebHostBuilder(b => b.UseSetting("Addin:Path", empty.FullName));
            using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            using var response = await client.GetAsync("/addin/taskpane.html");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("Task pane chưa được dựng", body);
            Assert.Contains("npm ci && npm run build", body);
            // The API is unaffected.
            using var health = await client.GetAsync("/api/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void DefaultUrl_IsHttps_OnlyWhenACertificateIsConfigured()
    {
        var none = new ConfigurationBuilder().Build();
        var withCert = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Kestrel:Certificates:Default:Path"] = "/tmp/x.pfx" }).Build();
        Assert.Equal("http://localhost:7071", Features.Addin.AddinHttps.DefaultUrl(none));
        Assert.Equal("https://localhost:7071", Features.Addin.AddinHttps.DefaultUrl(withCert));
    }

    [Fact]
    public async Task RealKestrel_ServesThePaneOverHttps_WithTheConfiguredCertificate()
    {
        var dir = Directory.CreateTempSubdirectory("or-https-");
        try
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            san.AddDnsName("localhost");
            san.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
            using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            var pfx = Path.Combine(dir.FullName, "localhost.pfx");
            await File.WriteAllBytesAsync(pfx, cert.Export(X509ContentType.Pkcs12, "mat-khau"));

            var port = HostingTests.FreePort();
            using var process = HostingTests.Start(new Dictionary<string, string>
            {
                ["Kestrel__Certificates__Default__Path"] = pfx,
                ["Kestrel__Certificates__Default__Password"] = "mat-khau",
            }, "--urls", $"https://127.0.0.1:{port}");
            try
            {
                var thumbprint = cert.Thumbprint;
                using var handler = new HttpClientHandler
                {
                    // Trust exactly the certificate we made, nothing else.
                    ServerCertificateCustomValidationCallback = (_, c, _, _) => c?.Thumbprint == thumbprint,
                };
                using var client = new HttpClient(handler);
                await HostingTests.WaitForHealth(client, $"https://127.0.0.1:{port}", process);
                using var manifest = await client.GetAsync($"https://127.0.0.1:{port}/manifest.xml");
                Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
                using var pane = await client.GetAsync($"https://127.0.0.1:{port}/addin/taskpane.html");
                Assert.Equal(HttpStatusCode.OK, pane.StatusCode);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
