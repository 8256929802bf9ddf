using ShipReady.Facts;

namespace ShipReady.Tests.Facts;

public sealed class ServerLaunchesTests
{
    private static readonly HashSet<string> Servers = ["gunicorn", "uwsgi", "uvicorn"];

    [Theory]
    [InlineData("Dockerfile", true)]
    [InlineData("deploy/Dockerfile.prod", true)]
    [InlineData("api.dockerfile", true)]
    [InlineData("Containerfile", true)]
    [InlineData("Procfile", true)]
    [InlineData("docker-compose.yml", true)]
    [InlineData("compose.prod.yaml", true)]
    [InlineData("docker-entrypoint.sh", true)]
    [InlineData("scripts/boot.sh", true)]
    [InlineData("deploy/app.service", true)]
    [InlineData("fly.toml", true)]
    [InlineData("scripts/lint.sh", false)]
    [InlineData("docker-compose.txt", false)]
    [InlineData("Makefile", false)]
    [InlineData("app/serve.py", false)]
    public void Knows_the_files_that_launch_an_app_by_their_names(string path, bool launches) =>
        Assert.Equal(launches, ServerLaunches.IsLaunchFile(path));

    [Fact]
    public void Reads_an_exec_form_command_and_a_continued_shell_line()
    {
        var docker = ServerLaunches.Read("Dockerfile", """
            FROM python:3.12
            CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers","6", "pygoat.wsgi"]
            """, Servers);
        var script = ServerLaunches.Read("docker-entrypoint.sh", """
            #!/bin/sh
            exec /opt/venv/bin/gunicorn 'CTFd:create_app()' \
                --bind '0.0.0.0:8000' \
                --workers $WORKERS
            """, Servers);

        Assert.Equal(["gunicorn"], docker.Servers);
        Assert.Contains("pygoat.wsgi", docker.Modules);
        Assert.Equal(["gunicorn"], script.Servers);
        Assert.Contains("CTFd", script.Modules);
        Assert.DoesNotContain(script.Modules, m => m.StartsWith("0", StringComparison.Ordinal) || m.Contains("WORKERS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RUN pip install --no-cache-dir gunicorn")]
    [InlineData("RUN poetry add uvicorn")]
    [InlineData("RUN uv add gunicorn")]
    public void An_install_starts_no_server(string line) =>
        Assert.Empty(ServerLaunches.Read("Dockerfile", line, Servers).Servers);

    [Theory]
    [InlineData("# CMD python app.py")]
    [InlineData("CMD ./serve.sh # was: python app.py")]
    [InlineData("#!/bin/sh\n# gunicorn app:app, or python app.py for a demo")]
    public void A_comment_runs_nothing(string text)
    {
        var launches = ServerLaunches.Read("Dockerfile", text, Servers);

        Assert.Empty(launches.Scripts);
        Assert.Empty(launches.Servers);
    }

    [Fact]
    public void A_file_named_for_development_starts_no_server_but_its_scripts_still_run()
    {
        var launches = ServerLaunches.Read("docker-compose.dev.yml", """
            services:
              web:
                command: gunicorn --reload app:app
              admin:
                command: python3.12 -u admin.py
            """, Servers);

        Assert.Empty(launches.Servers);
        Assert.Equal(["admin.py"], launches.Scripts);
    }

    [Fact]
    public void Reads_the_script_or_module_python_runs()
    {
        var launches = ServerLaunches.Read("Procfile", """
            web: python -m gunicorn shop.wsgi
            worker: python3 -u tools/worker.py --queue default
            release: python manage.py migrate
            """, Servers);

        Assert.Equal(["gunicorn"], launches.Servers);
        Assert.Equal(["manage.py", "worker.py"], launches.Scripts.Order(StringComparer.Ordinal));
        Assert.Contains("shop.wsgi", launches.Modules);
        Assert.Contains("shop", launches.Modules);
        Assert.Contains("gunicorn", launches.RunModules);
    }

    [Theory]
    [InlineData("serve.py", false, true)]
    [InlineData("tools/worker.py", false, false)]
    [InlineData("shop/wsgi.py", false, false)]
    [InlineData("shop/wsgi.py", true, true)]
    [InlineData("shop/__init__.py", false, false)]
    [InlineData("src/shop/wsgi.py", true, true)]
    [InlineData("admin.py", true, false)]
    [InlineData("admin/__main__.py", false, false)]
    [InlineData("app.py", false, false)]
    [InlineData("app.py", true, true)]
    public void Leaves_out_a_file_no_launch_runs_and_a_served_module_s_main_block(string path, bool underMainGuard, bool leftOut)
    {
        var launches = ServerLaunches.Combine(
        [
            ServerLaunches.Read("Dockerfile", "CMD gunicorn shop.wsgi:app", Servers),
            ServerLaunches.Read("Procfile", "worker: python tools/worker.py\nadmin: python -m admin", Servers),
        ]);
        // shop/wsgi.py says `from app import create_app`.
        var imported = new HashSet<string> { "app", "app.create_app" };

        Assert.Equal(leftOut, launches.LeavesOut(path, ["gunicorn", "uwsgi"], underMainGuard, imported));
    }

    [Theory]
    [InlineData("ENTRYPOINT [\"python\"]\nCMD [\"app.py\"]")]
    [InlineData("CMD python -W ignore app.py")]
    [InlineData("CMD uv run app.py")]
    [InlineData("CMD sh -c \"pip install -r requirements.txt && python app.py\"")]
    public void Knows_a_script_however_the_command_runs_it(string dockerfile) =>
        Assert.Contains("app.py", ServerLaunches.Read("Dockerfile", dockerfile, Servers).Scripts);

    [Theory]
    [InlineData("RUN mkdir -p /var/log/gunicorn")]
    [InlineData("USER uwsgi")]
    [InlineData("RUN chown -R app /etc/uwsgi")]
    public void A_server_named_but_not_run_starts_nothing(string line) =>
        Assert.Empty(ServerLaunches.Read("Dockerfile", line, Servers).Servers);

    [Theory]
    [InlineData("Procfile", "web: PORT=8000 exec /opt/venv/bin/gunicorn app:app")]
    [InlineData("app.service", "ExecStart=/usr/bin/uwsgi --ini app.ini")]
    [InlineData("Dockerfile", "CMD [\"python\", \"-m\", \"uvicorn\", \"main:app\"]")]
    [InlineData("start.sh", "poetry run gunicorn app:app")]
    public void Finds_the_server_past_labels_variables_and_launchers(string path, string line) =>
        Assert.NotEmpty(ServerLaunches.Read(path, line, Servers).Servers);

    [Fact]
    public void Leaves_nothing_out_when_no_server_the_pattern_names_is_started()
    {
        var launches = ServerLaunches.Read("Dockerfile", "CMD uvicorn main:app", Servers);

        Assert.False(launches.LeavesOut("serve.py", ["gunicorn"], underMainGuard: false, new HashSet<string>()));
        Assert.False(ServerLaunches.None.LeavesOut("serve.py", ["gunicorn"], underMainGuard: true, new HashSet<string>()));
    }
}
