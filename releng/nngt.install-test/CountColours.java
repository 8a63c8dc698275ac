import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

/**
 * Prints how many colours a PNG screenshot has (every second pixel of every second row), so that a script can tell
 * a real screenshot from a blank or single-colour one. Run as a single-file program: {@code java CountColours.java
 * FILE.png}; exit status 1 when the file is missing or not an image.
 */
public final class CountColours {

    private CountColours() {
    }

    /**
     * @param args the PNG file
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        BufferedImage image = args.length == 1 ? ImageIO.read(new File(args[0])) : null;
        if (image == null) {
            System.err.println("CountColours: give one readable PNG file, not " + String.join(" ", args));
            System.exit(1);
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        System.out.println(colours.size());
    }
}
