#!/usr/bin/env pwsh
# Thin wrapper over the harness command line: every argument goes through unchanged, so
#   ./run-harness.ps1 run specs --junit reports/junit.xml
# is exactly
#   dotnet run --project src/Harness.Cli -- run specs --junit reports/junit.xml
# Commands: mock, run, lint, init (see README.md). The exit code is the harness's own.
$ErrorActionPreference = 'Stop'
$project = Join-Path $PSScriptRoot 'src/Harness.Cli'
if ($args.Count -eq 0) { $args = @('run') }
& dotnet run --project $project -- @args
exit $LASTEXITCODE
