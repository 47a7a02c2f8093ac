namespace HcsBot.Storage;

/// <summary>
/// Where progress is kept. Either a connection string (Azurite locally) or a table endpoint reached with a
/// managed identity (production: no keys anywhere). The prefix lets tests use their own tables.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableEndpoint { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty means DefaultAzureCredential.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public string TablePrefix { get; set; } = "";

    public string LearnersTable => TablePrefix + "Learners";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || TableEndpoint is not null;
}
