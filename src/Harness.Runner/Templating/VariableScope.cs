using Newtonsoft.Json.Linq;

namespace Harness.Runner.Templating;

/// <summary>The variables of one scenario run: example-row values, vars and captures, plus run-wide values.</summary>
internal sealed class VariableScope
{
    private readonly Dictionary<string, JToken> _values = new(StringComparer.Ordinal);

    public VariableScope(string apiKey, string baseUrl, Func<string, string?> environment)
    {
        ApiKey = apiKey;
        BaseUrl = baseUrl;
        Environment = environment;
    }

    public string ApiKey { get; }
    public string BaseUrl { get; }
    public Func<string, string?> Environment { get; }

    public IReadOnlyDictionary<string, JToken> Values => _values;

    public void Set(string name, JToken value) => _values[name] = value;

    public bool TryGet(string name, out JToken value) => _values.TryGetValue(name, out value!);

    /// <summary>A copy with one more name, for <c>{{ i }}</c> inside a <c>$generate</c> pattern.</summary>
    public VariableScope With(string name, JToken value)
    {
        var copy = new VariableScope(ApiKey, BaseUrl, Environment);
        foreach (var (key, existing) in _values)
        {
            copy._values[key] = existing;
        }

        copy._values[name] = value;
        return copy;
    }
}
