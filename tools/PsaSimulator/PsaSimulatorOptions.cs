using System.Security.Cryptography.X509Certificates;

namespace QuickpassPsa.Simulator;

/// <summary>How a simulator instance starts. Every limit has the real API's value as its default.</summary>
public sealed class PsaSimulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>A seed document (JSON) to load at start; see README.md for its format.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Serve HTTPS instead of HTTP: with <see cref="Certificate"/>, else a self-signed certificate made at start.</summary>
    public bool Https { get; set; }

    /// <summary>The HTTPS certificate (with its private key); setting it implies <see cref="Https"/>.</summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>A .pfx file to load the HTTPS certificate from (--certificate); implies <see cref="Https"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/> (--certificate-password).</summary>
    public string? CertificatePassword { get; set; }

    public ConnectWiseSimulatorOptions ConnectWise { get; set; } = new();
    public AutotaskSimulatorOptions Autotask { get; set; } = new();
}

public sealed class ConnectWiseSimulatorOptions
{
    public string CompanyId { get; set; } = "qpsa";
    public string PublicKey { get; set; } = "qpsa-public";
    public string PrivateKey { get; set; } = "qpsa-private";

    /// <summary>Reject requests without a clientId header (the real API requires it since 2019).</summary>
    public bool RequireClientId { get; set; } = true;

    /// <summary>What /login/companyinfo answers; "v4_6_release/" is an on-premises server.</summary>
    public string Codebase { get; set; } = "v4_6_release/";

    /// <summary>
    /// Requests per rolling minute before 429; null for no limit. Default 1,000: psa-api.md A6 "If your
    /// integration currently sends over 1,000 requests per minute, it will likely experience rate limiting."
    /// </summary>
    public int? RequestsPerMinute { get; set; } = DefaultRequestsPerMinute;

    public const int DefaultRequestsPerMinute = 1_000;

    /// <summary>The longest GET URL served (psa-api.md A4 "URL length: keep ≤ 2000 characters"); longer is 414. Null for no limit.</summary>
    public int? MaxGetUrlLength { get; set; } = 2_000;

    /// <summary>The api-current-version response header.</summary>
    public string ApiVersion { get; set; } = "2025.8";

    /// <summary>
    /// Serve forward-only paging to a list request that asks for it (header <c>pagination-type: forward-only</c>). False:
    /// the header is ignored, as by an endpoint without forward-only paging (psa-api.md A4), and every list pages
    /// navigably (page, pageSize; a pageId is ignored). --cw-no-forward-only.
    /// </summary>
    public bool ForwardOnlyPaging { get; set; } = true;

    /// <summary>Send the Link header on list answers (psa-api.md A4). False: no list answer carries one. --cw-no-link-header.</summary>
    public bool LinkHeaders { get; set; } = true;
}

public sealed class AutotaskSimulatorOptions
{
    public string UserName { get; set; } = "api@qpsa.test";
    public string Secret { get; set; } = "qpsa-secret";
    public string IntegrationCode { get; set; } = "QPSA-TRACKING";

    /// <summary>External requests per rolling hour (per database) before 429.</summary>
    public int HourlyRequestBudget { get; set; } = 10_000;

    /// <summary>Requests in flight per integration code and entity endpoint before the thread-threshold error.</summary>
    public int ThreadLimit { get; set; } = 3;

    /// <summary>Status of the thread-threshold (Itgenatr005) error; the real one "may arrive with a non-429 status".</summary>
    public int ThreadLimitStatus { get; set; } = 500;

    /// <summary>
    /// The longest GET URL served (psa-api.md B3/B4 "URLs over about 2048 chars must use POST"); longer is 414.
    /// Null for no limit. The simulator's own next-page links are exempt.
    /// </summary>
    public int? MaxGetUrlLength { get; set; } = 2_048;

    /// <summary>Contact field lengths enforced on create and update (and reported by entityInformation/fields).</summary>
    public int FirstNameMaxLength { get; set; } = 20;
    public int LastNameMaxLength { get; set; } = 20;
    public int EmailMaxLength { get; set; } = 50;
}
