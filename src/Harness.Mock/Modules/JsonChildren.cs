using Newtonsoft.Json.Linq;

namespace Harness.Mock.Modules;

/// <summary>Changes to a JSON array or object that stay linear in its length.</summary>
internal static class JsonChildren
{
    /// <summary>
    /// Leaves <paramref name="container"/> holding only <paramref name="kept"/>, in their order. It is emptied and
    /// refilled once: removing children one at a time shifts the rest every time, which made a body of many
    /// children cost the square of its length.
    /// </summary>
    public static void Refill<T>(JContainer container, List<T> kept)
        where T : JToken
    {
        container.RemoveAll();
        foreach (var child in kept)
        {
            container.Add(child);
        }
    }
}
