using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Web.Features.Partners;

/// <summary>
/// Reads a partner's JSON body ourselves, so a huge body is a 413 and malformed JSON a 400 problem,
/// never a 500 or a framework error page; and nothing has been written when either happens.
/// </summary>
public static class PartnerJson
{
    public const int MaxBodyBytes = 64 * 1024;
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
            PartnerJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpContext context) where T : class
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes) return (null, TooLarge(context));
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, PartnerProblems.Result(context, 415, "Unsupported media type", "Send the request body as application/json."));
        using var buffer = new MemoryStream();
        // Pooled: every partner request passes through here, and the load benchmark showed the garbage.
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBodyBytes) return (null, TooLarge(context));
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(context));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return value is null
                ? (null, PartnerProblems.Result(context, 400, "Malformed request", "The request body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 1 } path ? $" at {path}" : "";
            return (null, PartnerProblems.Result(context, 400, "Malformed request", $"The request body is not valid JSON for this request{where}."));
        }
    }

    private static ProblemHttpResult TooLarge(HttpContext context) =>
        PartnerProblems.Result(context, 413, "Request too large", $"The request body must be {MaxBodyBytes / 1024} KB or smaller.");
}
