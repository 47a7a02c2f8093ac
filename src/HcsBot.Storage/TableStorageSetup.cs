using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using HcsBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HcsBot.Storage;

public static class TableStorageSetup
{
    /// <summary>Registers table storage from the "Storage" configuration section.</summary>
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException(
                "Storage is not configured: set Storage:ConnectionString (e.g. UseDevelopmentStorage=true for Azurite) or Storage:TableEndpoint.");
        }

        services.AddSingleton(options);
        services.AddSingleton(_ => CreateServiceClient(options));
        services.AddSingleton<ILearnerStore, TableLearnerStore>();
        services.AddHostedService<TableCreator>();
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("storage");
        return services;
    }

    public static TableServiceClient CreateServiceClient(StorageOptions options, TableClientOptions? clientOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        clientOptions ??= new TableClientOptions();
        // A learner is waiting on every call: fail within seconds and let them retry, rather than hang.
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);

        if (options.TableEndpoint is { } endpoint)
        {
            TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
            return new TableServiceClient(endpoint, credential, clientOptions);
        }

        return new TableServiceClient(options.ConnectionString, clientOptions);
    }
}
