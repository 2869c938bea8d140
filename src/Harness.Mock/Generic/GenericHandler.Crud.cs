using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Generic;

internal sealed partial class GenericHandler
{
    private MockResponse List(ResourceRoute route)
    {
        var items = state.Find(CollectionPath(route))?.Items ?? [];
        return Documented(Success(200), new JArray(items.Select(i => i.DeepClone())));
    }

    private MockResponse Create(ResourceRoute route, JObject body)
    {
        var collection = state.Collection(CollectionPath(route));
        var item = (JObject)body.DeepClone();
        var key = ResourceKeys.Read(item, route.KeyField);
        if (key is not null && collection.Contains(key) && Operation.Responses.ContainsKey(409))
        {
            warnings.Add($"item '{key}' already exists in {CollectionPath(route)}");
            return ResponseWriter.WriteError(409, Operation.Responses[409], request.Header("Accept"),
                Problem.Body(409, $"item '{key}' already exists in {CollectionPath(route)}"));
        }

        key ??= ResourceKeys.Assign(item, route, collection);
        collection.Put(key, item);
        return Documented(Success(201, 200), item);
    }

    private MockResponse Read(ResourceRoute route)
    {
        var key = ItemKey(route);
        return state.Find(CollectionPath(route))?.Get(key) is { } item
            ? Documented(Success(200), item)
            : NotFound(route, key);
    }

    /// <summary>PUT replaces the item, PATCH merges into it (a null removes a field, as in JSON Merge Patch); the key stays.</summary>
    private MockResponse Replace(ResourceRoute route, JObject body, bool merge)
    {
        var key = ItemKey(route);
        var collection = state.Find(CollectionPath(route));
        if (collection?.Get(key) is not { } existing)
        {
            return NotFound(route, key);
        }

        var item = merge ? (JObject)existing.DeepClone() : (JObject)body.DeepClone();
        if (merge)
        {
            foreach (var property in body.Properties())
            {
                if (property.Value.Type == JTokenType.Null)
                {
                    item.Remove(property.Name);
                }
                else
                {
                    item[property.Name] = property.Value.DeepClone();
                }
            }
        }

        // The key comes from the path: a body that names another one does not move the item.
        item[route.KeyField] = existing[route.KeyField]?.DeepClone();
        collection.Put(key, item);
        return Documented(Success(200, 204), item);
    }

    private MockResponse Delete(ResourceRoute route)
    {
        var key = ItemKey(route);
        var collection = state.Find(CollectionPath(route));
        if (collection?.Get(key) is not { } item)
        {
            return NotFound(route, key);
        }

        collection.Remove(key);
        return Documented(Success(204, 200), item);
    }
}
