package chat.client;

import chat.image.receive.DownloadFolder;
import chat.image.render.ImageMode;
import chat.tank.TankSettings;

import java.nio.file.Path;

/**
 * What the client's extras need to know: how pictures are drawn and where they are saved, and
 * how to reach the Mini-Tank.
 */
public record ClientOptions(ImageMode imageMode, Path downloadFolder, TankSettings tank) {

    public static ClientOptions defaults() {
        return new ClientOptions(ImageMode.AUTO, DownloadFolder.defaultFolder(), TankSettings.defaults());
    }
}
