using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>The field types of a document: its <c>fieldTypes</c>, and what its users' data fixes.</summary>
internal static partial class IterableDocument
{
    /// <summary>Fixture and snapshot data is accepted data: it fixes new fields' types and must fit the known ones.</summary>
    private static void Accept(FieldTypes types, JObject fields, string prefix, string at)
    {
        var check = FieldTypeCheck.Run(types, fields, prefix, dropNew: false);
        if (check.Mismatches.Count > 0)
        {
            var (path, entry) = check.Mismatches[0];
            throw new FormatException($"{at}.{path[prefix.Length..]}: {entry["offendingValue"]!.ToString(Newtonsoft.Json.Formatting.None)} " +
                                      $"does not fit the field's type '{entry["expectedType"]}' in this project (fieldTypes \"{path}\")");
        }

        check.Commit();
    }

    private static void LoadFieldTypes(FieldTypes types, JObject? json)
    {
        foreach (var property in json?.Properties() ?? [])
        {
            var type = Text(property.Value, $"fieldTypes.{property.Name}");
            if (!FieldTypes.Names.Contains(type))
            {
                throw new FormatException($"fieldTypes.{property.Name}: \"{type}\" is not one of {string.Join(", ", FieldTypes.Names)}");
            }

            var known = types.TypeOf(property.Name);
            if (known is not null && known != type)
            {
                throw new FormatException($"fieldTypes.{property.Name}: the project already has it as '{known}'");
            }

            types.Fix(property.Name, type);
        }
    }
}
