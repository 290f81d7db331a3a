package org.factline.embedding;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** An embedding in a binary column: {@link Vectors#toBytes} (1,536 bytes for 384 floats). */
@Converter
public class VectorColumn implements AttributeConverter<float[], byte[]> {

    @Override
    public byte @Nullable [] convertToDatabaseColumn(float @Nullable [] vector) {
        return vector == null ? null : Vectors.toBytes(vector);
    }

    @Override
    public float @Nullable [] convertToEntityAttribute(byte @Nullable [] bytes) {
        return Vectors.fromBytes(bytes);
    }
}
