using Microsoft.AspNetCore.HttpLogging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Attribution.Api.Infrastructure;

/// <summary>
/// What an operator sees: one structured log line per request (method, path, status, duration; never a header, so never
/// an API key, and never the query string, which may hold the text searched for), and OpenTelemetry traces and metrics
/// of ASP.NET Core and Npgsql when OTEL_EXPORTER_OTLP_ENDPOINT is set (none are recorded otherwise).
/// </summary>
public static class Telemetry
{
    public static WebApplicationBuilder AddAttributionTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode
                                    | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        // Without an exporter nothing would leave the process, yet every request would still build and sample its spans.
        if (string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return builder;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("attribution"))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(options => options.RecordException = false).AddNpgsql())
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter("Npgsql"))
            .UseOtlpExporter();
        return builder;
    }
}
