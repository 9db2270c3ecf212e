using System.Security.Cryptography.X509Certificates;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// The addresses the service listens on when none is configured: <c>http://localhost:5000</c>, and
/// <c>https://localhost:5001</c> when the ASP.NET Core development certificate is installed (<c>dotnet dev-certs https</c>) —
/// Office loads a task pane only over HTTPS. <c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> or a
/// <c>Kestrel:Endpoints</c> section take precedence.
/// </summary>
public static class LocalEndpoints
{
    /// <summary>The default HTTP port.</summary>
    public const int HttpPort = 5000;

    /// <summary>The default HTTPS port (with the development certificate).</summary>
    public const int HttpsPort = 5001;

    /// <summary>OID of the extension that marks the ASP.NET Core HTTPS development certificate.</summary>
    private const string DevelopmentCertificateOid = "1.3.6.1.4.1.311.84.1.1";

    /// <summary>Listens on the default local addresses unless the configuration names others.</summary>
    public static IWebHostBuilder UseLocalEndpoints(this IWebHostBuilder webHost) =>
        webHost.ConfigureKestrel((context, kestrel) =>
        {
            var config = context.Configuration;
            if (!string.IsNullOrEmpty(config["urls"]) || !string.IsNullOrEmpty(config["http_ports"]) ||
                !string.IsNullOrEmpty(config["https_ports"]) || config.GetSection("Kestrel:Endpoints").Exists())
                return;
            kestrel.ListenLocalhost(HttpPort);
            if (HasDevelopmentCertificate()) kestrel.ListenLocalhost(HttpsPort, listen => listen.UseHttps());
        });

    private static bool HasDevelopmentCertificate()
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        try
        {
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false; // no personal store yet: no certificate
        }
        var now = DateTime.Now;
        foreach (var certificate in store.Certificates)
        {
            using (certificate)
            {
                if (certificate.HasPrivateKey && certificate.NotBefore <= now && now <= certificate.NotAfter &&
                    certificate.Extensions.Any(e => e.Oid?.Value == DevelopmentCertificateOid))
                    return true;
            }
        }
        return false;
    }
}
