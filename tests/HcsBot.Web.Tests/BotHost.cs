using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using HcsBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HcsBot.Web.Tests;

/// <summary>
/// The real app (Program.cs, the real CloudAdapter and bot) on Azurite, with the test bank, a controllable
/// clock, a seeded random source and a switch that makes table storage fail, for outage tests.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _environment;

    public BotHost(string? tablePrefix = null, IReadOnlyDictionary<string, string>? settings = null, string environment = "Development")
    {
        _environment = environment;
        TablePrefix = tablePrefix ?? "w" + Guid.NewGuid().ToString("N")[..12];
        _settings = settings ?? new Dictionary<string, string>();
    }

    public string TablePrefix { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public StorageOutage Outage { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var storage = Environment.GetEnvironmentVariable("HCSBOT_TEST_STORAGE")
            ?? throw new InvalidOperationException("HCSBOT_TEST_STORAGE is not set: run the tests through ./test.sh, which starts Azurite.");
        builder.UseEnvironment(_environment);
        builder.UseSetting("Storage:ConnectionString", storage);
        builder.UseSetting("Storage:TablePrefix", TablePrefix);
        builder.UseSetting("Bank:Path", Path.Combine(AppContext.BaseDirectory, "TestBank"));
        builder.UseSetting("Quiz:CheckSize", "5");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(new Random(20261125));
            services.AddSingleton(sp =>
            {
                var clientOptions = new TableClientOptions();
                clientOptions.AddPolicy(Outage, HttpPipelinePosition.PerRetry);
                return TableStorageSetup.CreateServiceClient(sp.GetRequiredService<StorageOptions>(), clientOptions);
            });
        });
    }

    public async Task<HttpResponseMessage> PostRawAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }
}

/// <summary>A pipeline policy that fails every storage request while it is switched on.</summary>
public sealed class StorageOutage : HttpPipelinePolicy
{
    public bool Active { get; set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfActive();
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfActive();
        return ProcessNextAsync(message, pipeline);
    }

    private void ThrowIfActive()
    {
        if (Active)
        {
            throw new HttpRequestException("Injected storage outage");
        }
    }
}
