import { createFile, Log, MP4BoxBuffer, type Movie } from 'mp4box';

/** mp4box logs parse problems to the console; we report them as a verdict instead. */
Log.setLogLevel(Log.error);

export interface VideoFacts {
  /** From the movie header (mvhd): duration / timescale. Null when there is no readable moov. */
  durationS: number | null;
  /** Every sample the tables list lies inside the file (a cut-off upload fails this). */
  samplesInFile: boolean;
}

/** Reads an MP4 or MOV's duration and sample table with mp4box (GPAC's parser). */
export function readVideoContainer(bytes: Buffer): VideoFacts {
  const file = createFile();
  let movie: Movie | null = null;
  let failed = false;
  file.onReady = (info) => {
    movie = info;
  };
  file.onError = () => {
    failed = true;
  };
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, 0));
    file.flush();
  } catch {
    failed = true;
  }
  const info = movie as Movie | null;
  if (failed || !info || !info.timescale) return { durationS: null, samplesInFile: false };

  const samplesInFile = info.tracks.every((track) =>
    file.getTrackSamplesInfo(track.id).every((sample) => sample.offset + sample.size <= bytes.length),
  );
  return { durationS: Math.round((info.duration / info.timescale) * 1000) / 1000, samplesInFile };
}
