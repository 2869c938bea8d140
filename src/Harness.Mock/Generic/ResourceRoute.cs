using Harness.Core.OpenApi;

namespace Harness.Mock.Generic;

/// <summary>
/// An operation's place in the CRUD convention: its role, the collection it works on (a template relative
/// to the API's base path, <c>/owners/{ownerId}/pets</c>) and the field that keys an item.
/// </summary>
internal sealed record ResourceRoute(ResourceRole Role, PathTemplate Collection, string? ItemParameter, string KeyField, KeyKind KeyKind)
{
    public static ResourceRoute None { get; } = new(ResourceRole.None, new PathTemplate("/"), null, "id", KeyKind.Text);

    /// <summary>Finds the role of every operation of an API: a path <c>P</c> is a collection when the API also has <c>P/{param}</c>.</summary>
    public static IReadOnlyDictionary<ApiOperation, ResourceRoute> Of(ApiDescription api)
    {
        var templates = api.Operations.Select(o => Relative(api, o)).ToHashSet(StringComparer.Ordinal);
        // The item path of each collection: P/{x}, the first in document order.
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            var cut = template.LastIndexOf('/');
            if (cut >= 0 && template.EndsWith('}') && template[(cut + 1)..].StartsWith('{'))
            {
                items.TryAdd(template[..cut], template[(cut + 2)..^1]);
            }
        }

        var found = new List<(ApiOperation Operation, ResourceRole Role, string Collection, string Parameter)>();
        foreach (var operation in api.Operations)
        {
            var path = Relative(api, operation);
            var cut = path.LastIndexOf('/');
            var parent = cut > 0 ? path[..cut] : "";
            if (items.TryGetValue(path, out var parameter))
            {
                found.Add((operation, operation.Method switch
                {
                    "GET" => ResourceRole.List,
                    "POST" => ResourceRole.Create,
                    _ => ResourceRole.None,
                }, path, parameter));
            }
            else if (cut >= 0 && items.TryGetValue(parent, out var itemParameter) && path == $"{parent}/{{{itemParameter}}}")
            {
                found.Add((operation, operation.Method switch
                {
                    "GET" => ResourceRole.Read,
                    "PUT" => ResourceRole.Replace,
                    "PATCH" => ResourceRole.Update,
                    "DELETE" => ResourceRole.Delete,
                    _ => ResourceRole.None,
                }, parent, itemParameter));
            }
        }

        var routes = api.Operations.ToDictionary(o => o, _ => None);
        foreach (var collection in found.Where(f => f.Role != ResourceRole.None).GroupBy(f => f.Collection, StringComparer.Ordinal))
        {
            // One key field per collection, so an item created by POST is found by GET, PUT and DELETE.
            var parameter = collection.First().Parameter;
            var keyField = collection.Any(f => DeclaresKey(f.Operation, parameter)) ? parameter : "id";
            var template = new PathTemplate(collection.Key);
            var kind = KindOf(collection.SelectMany(f => f.Operation.Parameters).FirstOrDefault(p => p.Name == parameter && p.Location == ParameterLocation.Path));
            foreach (var (operation, role, _, _) in collection)
            {
                routes[operation] = new ResourceRoute(role, template, parameter, keyField, kind);
            }
        }

        return routes;
    }

    /// <summary>The path template without the API's base path (<c>/pets/{petId}</c>).</summary>
    public static string Relative(ApiDescription api, ApiOperation operation) =>
        operation.Path.Template[api.BasePath.Length..] is { Length: > 0 } rest ? rest : "/";

    /// <summary>How generated keys look: numbers for an integer item parameter, UUIDs for a uuid one, else text.</summary>
    private static KeyKind KindOf(OperationParameter? parameter) => parameter?.Schema.ActualSchema switch
    {
        { } schema when SchemaSampler.TypeOf(schema) is NJsonSchema.JsonObjectType.Integer or NJsonSchema.JsonObjectType.Number => KeyKind.Number,
        { Format: "uuid" } => KeyKind.Uuid,
        _ => KeyKind.Text,
    };

    /// <summary>Whether the operation's schemas declare a body field named like the item parameter.</summary>
    private static bool DeclaresKey(ApiOperation operation, string parameter) =>
        operation.Responses.Values.SelectMany(r => r.Contents).Select(c => c.Schema)
            .Append(operation.RequestSchema)
            .OfType<NJsonSchema.JsonSchema>()
            .Any(s => Declares(s.ActualSchema, parameter, 0));

    private static bool Declares(NJsonSchema.JsonSchema schema, string property, int depth) =>
        depth < 4 && (schema.ActualProperties.ContainsKey(property)
            || schema.AllOf.Any(p => Declares(p.ActualSchema, property, depth + 1))
            || (schema.Item is { } item && Declares(item.ActualSchema, property, depth + 1)));
}
