using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attribution.Api.Infrastructure;

public static class Json
{
    /// <summary>camelCase JSON, enums as camelCase strings, and strict reading: unknown fields, nulls where a value
    /// is required, and strings PostgreSQL cannot store are rejected with the path of the offending field.</summary>
    /// <summary>The same options outside HTTP (audit records).</summary>
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }

    public static IServiceCollection AddAttributionJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));

    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new StorableStringConverter());
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false;
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    /// <summary>Reads strings as they are, except for NUL, which PostgreSQL text cannot hold. (Unpaired surrogates
    /// never get here: the reader itself refuses them.)</summary>
    private sealed class StorableStringConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString()!;
            return value.Contains('\0') ? throw new JsonException("Text must not contain the NUL character (U+0000).") : value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
