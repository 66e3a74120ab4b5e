/**
 * Where the admin CLI takes a password from, so it never has to be typed on the command line
 * (where the shell history and every user's `ps` see it).
 */

/** The first line of everything piped to stdin (`--password-stdin`), without its line ending. */
export async function readPasswordFromStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/**
 * Asks on the terminal with the typing hidden. Resolves with the line; rejects on Ctrl-C or
 * Ctrl-D. `stdin` must be a TTY.
 */
export function promptHidden(question: string, stdin: NodeJS.ReadStream, out: NodeJS.WriteStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = '';
    // Raw mode first: a key typed as soon as the question shows must not be echoed.
    stdin.setRawMode(true);
    stdin.resume();
    out.write(question);
    const finish = (error: Error | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      out.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish(null);
        if (char === '\u0003' || char === '\u0004') return finish(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}
