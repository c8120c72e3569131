# Build the Windows installer: the PyInstaller bundle (dist\collabsim\), its self-test, then
# Inno Setup 6 (dist\collabsim-VERSION-windows-setup.exe). Run from any folder:
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-Python path\to\python.exe]
# The Python must have collabsim installed with the build extra: pip install -e ".[build]"
param([string]$Python = "")
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
if (-not $Python) { $Python = Join-Path $Root ".venv\Scripts\python.exe" }

$Version = & $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
& $Python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller installers\collabsim.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# collabsim.exe is a windowed program: wait for it explicitly and read its exit status.
$env:QT_QPA_PLATFORM = "offscreen"
$p = Start-Process -FilePath "dist\collabsim\collabsim.exe" -ArgumentList "--self-test" -Wait -PassThru
Remove-Item Env:\QT_QPA_PLATFORM
if ($p.ExitCode -ne 0) { throw "collabsim.exe --self-test failed (exit $($p.ExitCode))" }
Write-Host "self-test passed"

$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) not found; install it from the Inno Setup site" }
& $Iscc "/DAppVersion=$Version" installers\windows\collabsim.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "built dist\collabsim-$Version-windows-setup.exe"
