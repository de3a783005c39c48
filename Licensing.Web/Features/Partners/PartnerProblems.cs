using Licensing.Domain.Common;
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

    /// <summary>
    /// The safety net under every endpoint's own field checks: a domain rule they missed is still a 400
    /// naming the field (camelCase, as the JSON names it; "request" when the rule names none), never the
    /// HTML error page. It is thrown before the save, so nothing is written.
    /// </summary>
    public static async ValueTask<object?> RuleBrokenIsBadRequestAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainRuleException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [JsonName(e.Field)] = [e.Message] },
                title: "The request breaks a rule", instance: context.HttpContext.Request.Path);
        }
    }

    private static string JsonName(string? field) =>
        string.IsNullOrEmpty(field) ? "request" : char.ToLowerInvariant(field[0]) + field[1..];

    public static ProblemHttpResult Result(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(Problem(context, status, title, detail));
}
