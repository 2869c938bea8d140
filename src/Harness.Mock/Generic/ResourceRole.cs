namespace Harness.Mock.Generic;

/// <summary>What an operation does to the resources of its path, by the REST convention its path and method follow.</summary>
internal enum ResourceRole
{
    /// <summary>Not part of a collection/item pair: answered from the spec alone.</summary>
    None,
    List,
    Create,
    Read,
    Replace,
    Update,
    Delete,
}
