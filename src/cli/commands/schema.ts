/**
 * `poolsim schema`: prints (or writes) the JSON Schema of scenario files.
 */
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { scenarioJsonSchemaText, writeFileAtomic } from '../../scenario/index.js';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { cliMsg } from '../messages.js';

interface SchemaArgs {
  out?: string;
}

export const schemaCommand: CommandModule<object, SchemaArgs> = {
  command: 'schema',
  describe: 'print the JSON Schema of scenario files (for editor autocomplete and checks)',
  builder: (y: Argv) =>
    y
      .option('out', { alias: 'o', describe: 'write it to this file instead (atomically)', type: 'string', requiresArg: true })
      .example('$0 schema > scenario.schema.json', 'print it')
      .example('$0 schema --out schema/scenario.schema.json', 'write it to a file') as unknown as Argv<SchemaArgs>,
  handler: async (args: ArgumentsCamelCase<SchemaArgs>) => {
    const text = scenarioJsonSchemaText();
    if (args.out === undefined) {
      process.stdout.write(text);
      return;
    }
    try {
      await writeFileAtomic(args.out, text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new CliError(cliMsg.cannotWrite(args.out, code), EXIT.runFailed);
    }
    process.stderr.write(`${cliMsg.wrote(args.out)}\n`);
  },
};
