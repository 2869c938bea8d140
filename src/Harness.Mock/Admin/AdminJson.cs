using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Harness.Mock.Admin;

/// <summary>The admin surface speaks camelCase JSON, like both vendors.</summary>
internal static class AdminJson
{
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        NullValueHandling = NullValueHandling.Ignore,
    });

    public static JArray Array(IEnumerable<object> items) => JArray.FromObject(items, Serializer);
}
