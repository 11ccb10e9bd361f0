using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Infrastructure;

/// <summary>Every error is an RFC 9457 problem document; these helpers build the ones the handlers return.</summary>
public static class Problems
{
    public static IServiceCollection AddAttributionProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures throw, so that ProblemExceptionHandler can say which field and why.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static ProblemHttpResult NotFound(string resource, long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {resource} with id {id}.");

    public static ProblemHttpResult Unprocessable(string field, string reason) =>
        Unprocessable(new Dictionary<string, string[]> { [field] = [reason] });

    public static ProblemHttpResult Unprocessable(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The request does not fit the stored data",
            Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        });

    /// <summary>409 for a write that collides with an existing resource, naming the field and the existing id.</summary>
    public static ProblemHttpResult Conflict(string field, string reason, long existingId) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict with an existing resource",
            Detail = $"{field}: {reason}",
            Extensions = { ["existingId"] = existingId },
        });

    public static ProblemHttpResult Conflict(string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict with the stored data", detail: reason);
}

/// <summary>
/// Turns the exceptions that bad input can cause into problem documents: unreadable JSON and unbindable parameters
/// (400), oversized bodies (413), wrong media types (415), and database rule violations that slipped past validation.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } bad =>
                (bad.StatusCode, "The request body is not valid JSON for this operation", JsonErrors(json)),
            BadHttpRequestException bad => (bad.StatusCode, BadRequestTitle(bad.StatusCode), ParameterErrors(bad.Message)),
            PostgresException pg => DatabaseProblem(pg),
            _ => (0, "", null),
        };
        if (status == 0) return false;

        http.Response.StatusCode = status;
        var details = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = exception.Message }
            : new HttpValidationProblemDetails(errors)
            {
                Status = status, Title = title,
                Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
            };
        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    private static string BadRequestTitle(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => "The request is not valid",
    };

    private static Dictionary<string, string[]> JsonErrors(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        var message = json.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return new() { [field] = [message] };
    }

    /// <summary>Rephrases "Failed to bind parameter "Nullable&lt;int&gt; Limit" from "ten"." as an error of 'limit'.</summary>
    private static Dictionary<string, string[]>? ParameterErrors(string message)
    {
        var match = ParameterBinding().Match(message);
        if (!match.Success) return null;
        var name = JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value);
        var expected = match.Groups["type"].Value switch
        {
            var t when t.Contains("int") || t.Contains("long") => "a whole number",
            var t when t.Contains("DateOnly") => "a date (YYYY-MM-DD)",
            var t when t.Contains("DateTime") => "a date and time (ISO 8601)",
            var t => t,
        };
        return new() { [name] = [$"'{name}' must be {expected}; \"{match.Groups["value"].Value}\" is not."] };
    }

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]*) (?<name>[A-Za-z0-9_]+)" from "(?<value>.*)"\.$""")]
    private static partial Regex ParameterBinding();

    private static (int, string, Dictionary<string, string[]>?) DatabaseProblem(PostgresException pg) => pg.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => (StatusCodes.Status409Conflict, "Conflict with an existing resource",
            new() { [pg.ConstraintName ?? "body"] = [pg.MessageText] }),
        PostgresErrorCodes.ForeignKeyViolation => (StatusCodes.Status409Conflict, "Conflict with the stored data",
            new() { [pg.ConstraintName ?? "body"] = [pg.MessageText] }),
        PostgresErrorCodes.CheckViolation or PostgresErrorCodes.NotNullViolation or PostgresErrorCodes.StringDataRightTruncation
            or PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter
            or PostgresErrorCodes.ProgramLimitExceeded => (StatusCodes.Status422UnprocessableEntity,
                "The request breaks a rule of the stored data", new() { [pg.ConstraintName ?? pg.ColumnName ?? "body"] = [pg.MessageText] }),
        _ => (0, "", null),
    };
}
