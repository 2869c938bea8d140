using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Scenarios.Yaml;

/// <summary>YAML 1.2 core schema: which plain scalars are null, booleans and numbers.</summary>
internal static partial class YamlScalars
{
    public static JToken ToJson(ScalarNode scalar)
    {
        switch (scalar.Tag)
        {
            case "tag:yaml.org,2002:str":
                return new JValue(scalar.Text);
            case "tag:yaml.org,2002:null":
                return JValue.CreateNull();
        }

        if (scalar.Quoted)
        {
            return new JValue(scalar.Text);
        }

        var text = scalar.Text;
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return JValue.CreateNull();
        }

        if (text is "true" or "True" or "TRUE")
        {
            return new JValue(true);
        }

        if (text is "false" or "False" or "FALSE")
        {
            return new JValue(false);
        }

        if (IntegerPattern().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                ? new JValue(whole)
                : new JValue(decimal.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return new JValue(hex);
        }

        if (FloatPattern().IsMatch(text))
        {
            return new JValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return new JValue(text);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
