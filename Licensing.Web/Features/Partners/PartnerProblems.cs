using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Features.Partners;

/// <summary>RFC 9457 problem details for every partner API error, with the same shape everywhere.</summary>
public static class PartnerProblems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted) return Task.CompletedTask;
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Problem(context, status, title, detail), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }

    public static ProblemDetails Problem(HttpContext context, int status, string title, string detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
        Instance = context.Request.Path,
    };

    public static ProblemHttpResult Result(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(Problem(context, status, title, detail));
}
