using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HcsBot.Storage.Tests;

public class StorageConfigurationTests
{
    [Fact]
    public void CreateServiceClient_WithATableEndpoint_UsesItWithAManagedIdentityAndNoKey()
    {
        var options = new StorageOptions
        {
            TableEndpoint = new Uri("https://hcsbotprod.table.core.windows.net/"),
            ManagedIdentityClientId = "11111111-2222-3333-4444-555555555555",
        };

        var client = TableStorageSetup.CreateServiceClient(options);

        Assert.Equal(new Uri("https://hcsbotprod.table.core.windows.net/"), client.Uri);
        Assert.Equal("hcsbotprod", client.AccountName);
    }

    [Fact]
    public void AddTableStorage_WithNothingConfigured_FailsNamingBothSettings()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddTableStorage(configuration));

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:TableEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTableStorage_EndpointFromConfiguration_IsBound()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:TableEndpoint"] = "https://hcsbotprod.table.core.windows.net/",
            ["Storage:ManagedIdentityClientId"] = "11111111-2222-3333-4444-555555555555",
        }).Build();

        using var services = new ServiceCollection().AddTableStorage(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<StorageOptions>();
        Assert.Equal("hcsbotprod.table.core.windows.net", options.TableEndpoint!.Host);
        Assert.Equal("11111111-2222-3333-4444-555555555555", options.ManagedIdentityClientId);
    }
}
