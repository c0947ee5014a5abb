using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Diagnostics;

namespace QuickpassPsa.Simulator.Infrastructure;

/// <summary>
/// The answer to a request that no route served, or that ended in an error status without a body (routing's
/// own 404 and 405): always a JSON body with a JSON Content-Type, never an empty one, since a client that reads
/// the error body (pyconnectwise, CW-CTC) would otherwise crash on a typo in a codebase or API version instead
/// of reporting it. A path that looks like a PSA's (<see cref="IPsaModule.Claims"/>) gets that PSA's error shape
/// (psa-api.md A6 {code, message, errors}; B4 the Web API {"Message"}); any other path a plain JSON
/// {"code", "message"} naming what the simulator serves.
/// </summary>
internal static class UnservedPaths
{
    public static Task WriteAsync(StatusCodeContext statusContext, SimulatorState state)
    {
        var context = statusContext.HttpContext;
        var status = context.Response.StatusCode;
        var owner = state.Modules.FirstOrDefault(m => m.Claims(context.Request.Path));
        if (owner != null) return owner.WriteUnservedAsync(context, status);
        var request = context.Request;
        var message = status switch
        {
            StatusCodes.Status404NotFound => request.Method + " " + request.Path + " is not served by the PSA simulator: ConnectWise is at " +
                "/login/companyinfo/{companyId} and /{codebase}apis/3.0/..., Autotask at /atservicesrest/..., the control endpoints at /_sim/... " +
                "(see tools/PsaSimulator/README.md).",
            StatusCodes.Status405MethodNotAllowed => "The requested resource does not support http method '" + request.Method + "'.",
            _ => "The request to " + request.Path + " failed with status " + status + ".",
        };
        return Write(context, status, new JsonObject { ["code"] = status == StatusCodes.Status404NotFound ? "NotFound" : status == StatusCodes.Status405MethodNotAllowed ? "MethodNotAllowed" : "Error", ["message"] = message });
    }

    public static async Task Write(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}
