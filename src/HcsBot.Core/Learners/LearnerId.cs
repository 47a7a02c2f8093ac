using System.Diagnostics.CodeAnalysis;

namespace HcsBot.Core.Learners;

/// <summary>
/// Who a learner is: their Entra ID tenant and object id. Display names change and conversation ids
/// differ per chat, so neither may identify a learner.
/// </summary>
public readonly record struct LearnerId
{
    private LearnerId(string tenantId, string objectId)
    {
        TenantId = tenantId;
        ObjectId = objectId;
    }

    public string TenantId { get; }

    public string ObjectId { get; }

    /// <summary>A storage-safe key: both parts are checked to hold only letters, digits and hyphens.</summary>
    public string Key => $"{TenantId}_{ObjectId}";

    public static bool TryCreate(string? tenantId, string? objectId, [NotNullWhen(true)] out LearnerId? learner)
    {
        learner = null;
        if (!IsSafePart(tenantId) || !IsSafePart(objectId))
        {
            return false;
        }

        learner = new LearnerId(tenantId!.ToLowerInvariant(), objectId!.ToLowerInvariant());
        return true;
    }

    // Azure Table keys forbid / \ # ? and control characters; ids from Teams are GUIDs, so anything else is refused.
    private static bool IsSafePart(string? part) =>
        !string.IsNullOrEmpty(part) && part.Length <= 64 && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public override string ToString() => Key;
}
