"""The one thing pyproject.toml cannot say: the wheel also carries ``docs/user-guide.md`` (as
``app/data/help/user-guide.md``), the guide that Help → User guide shows. Everything else is
declared in pyproject.toml; the sdist gets the guide through MANIFEST.in."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

GUIDE = Path("docs", "user-guide.md")


class BuildPyWithGuide(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads docs/ itself
            return
        target = Path(self.build_lib, "app", "data", "help")
        self.mkpath(str(target))
        self.copy_file(str(GUIDE), str(target / GUIDE.name))


setup(cmdclass={"build_py": BuildPyWithGuide})
