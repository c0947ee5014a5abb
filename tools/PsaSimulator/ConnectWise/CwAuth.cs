using System.Text;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// Basic auth "companyId+publicKey:privateKey" and the clientId header (psa-api.md A1).
/// <list type="bullet">
/// <item>Company ids compare ignoring case (users type them either way at login); keys compare exactly.</item>
/// <item>Any failure is 401 {"code":"Unauthorized","message":...,"errors":null} (E2; the wording is a guess).</item>
/// <item>A missing or blank clientId header, when RequireClientId is on, is also 401 Unauthorized with its
/// own message (GUESS, A1/F: the real status is undocumented; 401 is what clients reported when CW started
/// enforcing it, and a client must treat it as a configuration error either way). Credentials are checked first.</item>
/// </list>
/// </summary>
internal static class CwAuth
{
    public static void Check(HttpRequest request, ConnectWiseSimulatorOptions options)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            throw CwErrors.Unauthorized("No credentials were supplied. Use Basic authentication with companyId+publicKey:privateKey.");
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
        }
        catch (FormatException)
        {
            throw CwErrors.Unauthorized("The Authorization header could not be read.");
        }

        var colon = decoded.IndexOf(':');
        var user = colon < 0 ? decoded : decoded.Substring(0, colon);
        var password = colon < 0 ? string.Empty : decoded.Substring(colon + 1);
        var plus = user.IndexOf('+');
        var company = plus < 0 ? user : user.Substring(0, plus);
        var publicKey = plus < 0 ? string.Empty : user.Substring(plus + 1);

        if (!company.Equals(options.CompanyId, StringComparison.OrdinalIgnoreCase) ||
            !string.Equals(publicKey, options.PublicKey, StringComparison.Ordinal) ||
            !string.Equals(password, options.PrivateKey, StringComparison.Ordinal))
        {
            throw CwErrors.Unauthorized("The API member could not be authenticated. Check the company id, public key and private key.");
        }

        if (options.RequireClientId && string.IsNullOrWhiteSpace(request.Headers["clientId"].ToString()))
        {
            throw CwErrors.Unauthorized("A clientId header is required for all API calls. Get one at https://developer.connectwise.com/ClientID.");
        }
    }
}
