namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// Header authentication (psa-api.md B2), with the real API's odd statuses: an unknown user name is a 500,
/// a known user with the wrong secret is a 401, a valid login with a wrong integration code is a 500.
/// A missing header counts as a wrong value (a documented guess): no UserName is an unknown user (500),
/// no Secret a wrong secret (401), no ApiIntegrationCode a wrong code (500, the tracking id is required).
/// Header names are case-insensitive (ASP.NET Core headers already are).
/// </summary>
internal static class AutotaskAuth
{
    public static void Check(HttpRequest request, AutotaskSimulatorOptions options)
    {
        var user = request.Headers["UserName"].ToString();
        var secret = request.Headers["Secret"].ToString();
        var code = request.Headers["ApiIntegrationCode"].ToString();

        // User names are e-mail-like, so compared without case; secrets and codes exactly.
        if (!user.Equals(options.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw ErrorBodies.Fail("Unable to authenticate: the user name '" + user + "' was not found or is not an API user.");
        }
        if (!string.Equals(secret, options.Secret, StringComparison.Ordinal))
        {
            // The ASP.NET Web API authorization layer's own text (a guess for this API).
            throw new AutotaskException(StatusCodes.Status401Unauthorized, ErrorBodies.Message("Authorization has been denied for this request."));
        }
        if (!string.Equals(code, options.IntegrationCode, StringComparison.Ordinal))
        {
            throw ErrorBodies.Fail("The API Integration Code (tracking identifier) in the ApiIntegrationCode header is not valid.");
        }
    }
}
